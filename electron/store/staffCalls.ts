import { z } from 'zod';
import type { AuditLog } from './auditLog.js';
import type { KioskDatabase } from './openDatabase.js';

export const STAFF_CALLED_ACTION = 'staff.called';
export const CALLS_ACKNOWLEDGED_ACTION = 'staff.calls_acknowledged';

export type StaffCalls = {
  /** Calls since staff last acknowledged, counted from `since` (the start of the day). */
  pending(since: Date): { pending: number; lastCalledAt: string | null };
  acknowledge(actor: { sessionId: string }, now: Date): number;
};

/**
 * "Call staff" is already written to the audit log by the resident's help screen; the dashboard reads
 * it back from there, so a call made while nobody was in staff mode is still waiting when staff sign in.
 */
export function createStaffCalls(db: KioskDatabase, audit: AuditLog): StaffCalls {
  const read = db.prepare(
    `SELECT COUNT(*) AS pending, MAX(at) AS last FROM audit_log
     WHERE action = ? AND at >= ?
       AND id > coalesce((SELECT MAX(id) FROM audit_log WHERE action = ?), 0)`,
  );
  const pending = (since: Date): { pending: number; lastCalledAt: string | null } => {
    const row = z
      .object({ pending: z.number(), last: z.string().nullable() })
      .parse(read.get(STAFF_CALLED_ACTION, since.toISOString(), CALLS_ACKNOWLEDGED_ACTION));
    return { pending: row.pending, lastCalledAt: row.last };
  };
  return {
    pending,
    acknowledge(actor, now) {
      const { pending: count } = pending(new Date(0));
      audit.append({ actor: 'staff', action: CALLS_ACKNOWLEDGED_ACTION, detail: { session: actor.sessionId, calls: count } }, now);
      return count;
    },
  };
}
