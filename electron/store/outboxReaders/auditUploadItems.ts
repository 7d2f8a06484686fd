import { z } from 'zod';
import { AuditUploadItemSchema, type AuditUploadItem } from '../../../shared/central/auditUpload.js';
import type { KioskDatabase } from '../openDatabase.js';
import { inRequestedOrder, missingIds, placeholders, type UploadItems } from './uploadItems.js';

const AuditRowSchema = z.object({ uuid: z.string(), at: z.string(), actor: z.string(), action: z.string(), detail: z.string() });

/** Audit entries as the central API takes them; the outbox item id is the entry's uuid. */
export function readAuditUploadItems(db: KioskDatabase, ids: readonly string[]): UploadItems<AuditUploadItem> {
  const result: UploadItems<AuditUploadItem> = { items: [], unsendable: [] };
  if (ids.length === 0) return result;
  const rows = z
    .array(AuditRowSchema)
    .parse(db.prepare(`SELECT uuid, at, actor, action, detail FROM audit_log WHERE uuid IN (${placeholders(ids.length)})`).all(...ids))
    .map((row) => ({ ...row, id: row.uuid }));
  result.unsendable.push(...missingIds(rows, ids));
  for (const row of inRequestedOrder(rows, ids)) {
    const item = AuditUploadItemSchema.safeParse({ id: row.id, at: row.at, actor: row.actor, action: row.action, detail: JSON.parse(row.detail) });
    if (item.success) result.items.push(item.data);
    else result.unsendable.push({ itemId: row.id, reason: 'local:invalid' });
  }
  return result;
}
