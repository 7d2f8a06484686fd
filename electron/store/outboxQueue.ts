import { z } from 'zod';
import type { KioskDatabase } from './openDatabase.js';
import type { OutboxItemKind } from './outboxKinds.js';

export type DueEntry = { readonly itemId: string; readonly attempts: number };

/** K is the registry's kinds (outboxKinds.ts); a test registry brings its own. */
export type OutboxQueue<K extends string = OutboxItemKind> = {
  /** Pending entries whose next attempt is due, oldest first (UUIDv7 ids keep creation order). */
  due(kind: K, now: Date, limit: number): DueEntry[];
  markDelivered(kind: K, delivered: readonly { itemId: string; centralReference: string }[], now: Date): void;
  /** Permanent: the central API (or the kiosk itself) will never accept these. Kept for staff, never deleted. */
  markRejected(kind: K, rejected: readonly { itemId: string; reason: string }[]): void;
  /** Counts an attempt and pushes the next one out; the item stays pending. */
  scheduleRetry(kind: K, entries: readonly DueEntry[], error: string, nextAttemptAt: (attempts: number) => Date): void;
  /** On reconnect: what waited out a backoff because the network was down is due again at once. */
  makePendingDueNow(now: Date): number;
  /** Erases personal data of submissions delivered more than `retentionDays` ago (the rest of the row stays). */
  purgeDeliveredPersonalData(now: Date, retentionDays: number): number;
  /** pending: everything waiting; pendingSubmissions: residents' forms only (what the status area shows). */
  counts(): { pending: number; pendingSubmissions: number; rejected: number };
};

const DueRowSchema = z.object({ item_id: z.string(), attempts: z.number() });
const CountsSchema = z.object({ pending: z.number(), pendingSubmissions: z.number(), rejected: z.number() });
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The outbox's state changes. Each call is one transaction, and nothing here deletes a row: an item is
 * pending until the central API answers for it, then delivered or rejected (issue #6, "never deletes
 * undelivered data"). A crash between the server's commit and ours leaves the item pending; sending it
 * again is answered "duplicate" by the server, because the item id is its idempotency key.
 */
export function createOutboxQueue<K extends string = OutboxItemKind>(db: KioskDatabase): OutboxQueue<K> {
  const dueStatement = db.prepare(
    // The unary + keeps SQLite on outbox_pending_by_kind (kind, id order) instead of outbox_due plus a sort.
    `SELECT item_id, attempts FROM outbox WHERE state = 'pending' AND item_kind = ? AND +next_attempt_at <= ? ORDER BY id LIMIT ?`,
  );
  const deliverStatement = db.prepare(
    `UPDATE outbox SET state = 'delivered', delivered_at = ?, central_reference = ?, attempts = attempts + 1, last_error = NULL
     WHERE item_kind = ? AND item_id = ? AND state = 'pending'`,
  );
  const rejectStatement = db.prepare(
    `UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE item_kind = ? AND item_id = ? AND state = 'pending'`,
  );
  const retryStatement = db.prepare(
    `UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE item_kind = ? AND item_id = ? AND state = 'pending'`,
  );
  const markDelivered = db.transaction((kind: K, delivered: readonly { itemId: string; centralReference: string }[], at: string) => {
    for (const item of delivered) deliverStatement.run(at, item.centralReference, kind, item.itemId);
  });
  const markRejected = db.transaction((kind: K, rejected: readonly { itemId: string; reason: string }[]) => {
    for (const item of rejected) rejectStatement.run(item.reason, kind, item.itemId);
  });
  // Two indexed counts (outbox_due covers state): rows are never deleted, so a full scan would grow with history.
  const countsStatement = db.prepare(
    `SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending') AS pending,
            (SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND item_kind = 'submission') AS pendingSubmissions,
            (SELECT COUNT(*) FROM outbox WHERE state = 'rejected') AS rejected`,
  );
  const scheduleRetry = db.transaction(
    (kind: K, entries: readonly DueEntry[], error: string, nextAttemptAt: (attempts: number) => Date) => {
      for (const entry of entries) {
        const attempts = entry.attempts + 1;
        retryStatement.run(attempts, nextAttemptAt(attempts).toISOString(), error, kind, entry.itemId);
      }
    },
  );
  return {
    due(kind, now, limit) {
      return z
        .array(DueRowSchema)
        .parse(dueStatement.all(kind, now.toISOString(), limit))
        .map((row) => ({ itemId: row.item_id, attempts: row.attempts }));
    },
    markDelivered: (kind, delivered, now) => markDelivered(kind, delivered, now.toISOString()),
    markRejected: (kind, rejected) => markRejected(kind, rejected),
    scheduleRetry: (kind, entries, error, nextAttemptAt) => scheduleRetry(kind, entries, error, nextAttemptAt),
    makePendingDueNow(now) {
      const at = now.toISOString();
      return db.prepare(`UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?`).run(at, at).changes;
    },
    purgeDeliveredPersonalData(now, retentionDays) {
      const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
      return db
        .prepare(
          `UPDATE submissions SET personal_data = NULL, personal_purged_at = ?
           WHERE personal_data IS NOT NULL AND id IN (
             SELECT item_id FROM outbox WHERE item_kind = 'submission' AND state = 'delivered' AND delivered_at <= ?)`,
        )
        .run(now.toISOString(), cutoff).changes;
    },
    counts() {
      const row = CountsSchema.parse(countsStatement.get());
      return row;
    },
  };
}
