import { z } from 'zod';
import type { KioskDatabase } from './openDatabase.js';

/** Items still waiting to reach the central API (pending; rejected items wait for staff instead). */
export function countPendingOutbox(db: KioskDatabase): number {
  const row = z.object({ count: z.number() }).parse(
    db.prepare(`SELECT COUNT(*) AS count FROM outbox WHERE state = 'pending'`).get(),
  );
  return row.count;
}
