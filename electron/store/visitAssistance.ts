import { z } from 'zod';
import type { KioskDatabase } from './openDatabase.js';

export type MarkAssistedOutcome = 'marked' | 'not_found' | 'ended';

/**
 * Marks a visit staff-assisted (issue #8). The submission store reads this flag when it writes, so every
 * submission made in the visit is marked too, whichever service handler wrote it.
 */
export function markVisitAssisted(db: KioskDatabase, visitId: string): MarkAssistedOutcome {
  const row = z.object({ ended_at: z.string().nullable() }).optional().parse(db.prepare('SELECT ended_at FROM visits WHERE id = ?').get(visitId));
  if (row === undefined) return 'not_found';
  if (row.ended_at !== null) return 'ended';
  db.prepare('UPDATE visits SET staff_assisted = 1 WHERE id = ?').run(visitId);
  return 'marked';
}

/** The flag above, read inside the submission store's transaction. */
export function isAssistedVisit(db: KioskDatabase): (visitId: string | null) => boolean {
  const statement = db.prepare('SELECT staff_assisted FROM visits WHERE id = ?');
  return (visitId) => {
    if (visitId === null) return false;
    const row = z.object({ staff_assisted: z.number() }).optional().parse(statement.get(visitId));
    return row?.staff_assisted === 1;
  };
}
