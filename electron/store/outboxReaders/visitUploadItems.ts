import { z } from 'zod';
import { VisitUploadItemSchema, type VisitUploadItem } from '../../../shared/central/visitUpload.js';
import type { KioskDatabase } from '../openDatabase.js';
import { inRequestedOrder, missingIds, placeholders, type UploadItems } from './uploadItems.js';

const VisitRowSchema = z.object({
  id: z.string(),
  started_at: z.string(),
  ended_at: z.string().nullable(),
  language: z.string(),
  outcome: z.string().nullable(),
  staff_assisted: z.number(),
  modes: z.string(),
  screens: z.string(),
  counters: z.string(),
});

/** Builds visit statistics items; only ended visits are ever in the outbox. */
export function readVisitUploadItems(db: KioskDatabase, ids: readonly string[]): UploadItems<VisitUploadItem> {
  const result: UploadItems<VisitUploadItem> = { items: [], unsendable: [] };
  if (ids.length === 0) return result;
  const rows = z.array(VisitRowSchema).parse(db.prepare(`SELECT * FROM visits WHERE id IN (${placeholders(ids.length)})`).all(...ids));
  result.unsendable.push(...missingIds(rows, ids));
  for (const row of inRequestedOrder(rows, ids)) {
    const item = VisitUploadItemSchema.safeParse({
      id: row.id,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      language: row.language,
      outcome: row.outcome,
      staffAssisted: row.staff_assisted === 1,
      modes: JSON.parse(row.modes),
      screens: JSON.parse(row.screens),
      counters: JSON.parse(row.counters),
    });
    if (item.success) result.items.push(item.data);
    else result.unsendable.push({ itemId: row.id, reason: 'local:invalid' });
  }
  return result;
}
