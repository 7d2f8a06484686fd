import type { KioskDatabase } from './openDatabase.js';

export type RejectedItems = {
  /** Back in the queue, due now; false when the id is not a rejected item. */
  retry(outboxId: number, now: Date): boolean;
  annotate(outboxId: number, note: string, now: Date): boolean;
};

/**
 * Staff actions on items the central API refused for good (issue #8). Kept apart from the forwarder's
 * own queue (outboxQueue.ts): these change only rows in the 'rejected' state, and never delete one.
 */
export function createRejectedItems(db: KioskDatabase): RejectedItems {
  // The old reason is cleared: the item starts over, and a new refusal brings its own reason.
  const retry = db.prepare(`UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = NULL WHERE id = ? AND state = 'rejected'`);
  const annotate = db.prepare(`UPDATE outbox SET staff_note = ?, staff_note_at = ? WHERE id = ? AND state = 'rejected'`);
  return {
    retry: (outboxId, now) => retry.run(now.toISOString(), outboxId).changes === 1,
    annotate(outboxId, note, now) {
      const trimmed = note.trim();
      return annotate.run(trimmed === '' ? null : trimmed, trimmed === '' ? null : now.toISOString(), outboxId).changes === 1;
    },
  };
}
