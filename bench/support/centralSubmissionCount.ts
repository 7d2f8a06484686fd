import Database from 'better-sqlite3';
import { z } from 'zod';

const CountsSchema = z.object({ total: z.number().int(), accepted: z.number().nullable() });

/**
 * What a stopped reference server stored (tests/central/store/openCentralDatabase.ts), read from its
 * file rather than asked over HTTP, so checking the result adds no requests to the server's log.
 */
export function countCentralSubmissions(dbPath: string): { total: number; accepted: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = CountsSchema.parse(db.prepare(`SELECT COUNT(*) AS total, SUM(outcome = 'accepted') AS accepted FROM submissions`).get());
    return { total: row.total, accepted: row.accepted ?? 0 };
  } finally {
    db.close();
  }
}
