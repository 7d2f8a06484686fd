import { z } from 'zod';
import { submissionKinds } from '../../shared/central/submissionKinds.js';
import { outboxItemKinds, type ForwardingReport, type RejectedItem } from '../../shared/contract/staffSchemas.js';
import type { KioskDatabase } from './openDatabase.js';

export const REJECTED_ITEMS_SHOWN = 50;

const OldestSchema = z.object({ item_kind: z.enum(outboxItemKinds), created_at: z.string() }).optional();
const LastErrorSchema = z.object({ last_error: z.string(), items: z.number() }).optional();
const RejectedRowSchema = z.object({
  id: z.number(),
  item_kind: z.enum(outboxItemKinds),
  kind: z.string().nullable(),
  reference: z.string().nullable(),
  last_error: z.string().nullable(),
  attempts: z.number(),
  created_at: z.string(),
  staff_note: z.string().nullable(),
  staff_note_at: z.string().nullable(),
});

/**
 * What the dashboard shows about forwarding (issue #8), read straight from the outbox: depth, the oldest
 * item still waiting, the last delivery, the latest retry reason and the items refused for good. Items
 * are described by kind and the resident's reference only, never by their personal fields.
 */
export function readOutboxReport(db: KioskDatabase): Omit<ForwardingReport, 'online' | 'alert' | 'clockOffsetMinutes'> {
  const counts = z
    .object({ pending: z.number().nullable(), rejected: z.number().nullable() })
    .parse(db.prepare(`SELECT SUM(state = 'pending') AS pending, SUM(state = 'rejected') AS rejected FROM outbox`).get());
  const oldest = OldestSchema.parse(
    db.prepare(`SELECT item_kind, created_at FROM outbox WHERE state = 'pending' ORDER BY created_at, id LIMIT 1`).get(),
  );
  const lastDelivered = z
    .object({ at: z.string().nullable() })
    .parse(db.prepare(`SELECT MAX(delivered_at) AS at FROM outbox WHERE state = 'delivered'`).get());
  // Retries rewrite last_error on every attempt, so the newest item with one carries the latest reason.
  const lastError = LastErrorSchema.parse(
    db
      .prepare(
        `SELECT last_error, (SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND last_error IS NOT NULL) AS items
         FROM outbox WHERE state = 'pending' AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1`,
      )
      .get(),
  );
  const rejected = z
    .array(RejectedRowSchema)
    .parse(
      db
        .prepare(
          `SELECT o.id, o.item_kind, s.kind, s.reference, o.last_error, o.attempts, o.created_at, o.staff_note, o.staff_note_at
           FROM outbox o LEFT JOIN submissions s ON o.item_kind = 'submission' AND s.id = o.item_id
           WHERE o.state = 'rejected' ORDER BY o.id DESC LIMIT ?`,
        )
        .all(REJECTED_ITEMS_SHOWN),
    );
  return {
    pending: counts.pending ?? 0,
    rejected: counts.rejected ?? 0,
    oldestPending: oldest === undefined ? null : { itemKind: oldest.item_kind, createdAt: oldest.created_at },
    lastDeliveredAt: lastDelivered.at,
    lastError: lastError === undefined ? null : { reason: lastError.last_error, items: lastError.items },
    rejectedItems: rejected.map(toRejectedItem),
  };
}

function toRejectedItem(row: z.infer<typeof RejectedRowSchema>): RejectedItem {
  return {
    outboxId: row.id,
    itemKind: row.item_kind,
    submissionKind: submissionKinds.find((kind) => kind === row.kind) ?? null,
    reference: row.reference,
    reason: row.last_error ?? 'unknown',
    attempts: row.attempts,
    createdAt: row.created_at,
    note: row.staff_note,
    noteAt: row.staff_note_at,
  };
}
