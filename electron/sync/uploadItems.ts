import { z } from 'zod';
import { SubmissionUploadItemSchema, type SubmissionUploadItem } from '../../shared/central/submissionUpload.js';
import { VisitUploadItemSchema, type VisitUploadItem } from '../../shared/central/visitUpload.js';
import { AuditUploadItemSchema, type AuditUploadItem } from '../../shared/central/auditUpload.js';
import type { PersonalDataCipher } from '../crypto/personalDataCipher.js';
import type { KioskDatabase } from '../store/openDatabase.js';

/** Items ready to send, and those that cannot be sent as stored (kept, and shown to staff as rejected). */
export type UploadItems<T> = { readonly items: T[]; readonly unsendable: { itemId: string; reason: string }[] };

const SubmissionRowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  visit_id: z.string().nullable(),
  created_at: z.string(),
  reference: z.string(),
  staff_assisted: z.number(),
  public_data: z.string(),
  personal_data: z.instanceof(Buffer).nullable(),
});

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

/** Rows in the order their ids were asked for (the outbox order), whatever order SQLite returned them in. */
function inRequestedOrder<R extends { id: string }>(rows: readonly R[], ids: readonly string[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [row];
  });
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Builds the central API's submission items from local rows, decrypting personal data just for the request. */
export function readSubmissionUploadItems(db: KioskDatabase, cipher: PersonalDataCipher, ids: readonly string[]): UploadItems<SubmissionUploadItem> {
  const result: UploadItems<SubmissionUploadItem> = { items: [], unsendable: [] };
  if (ids.length === 0) return result;
  const rows = z
    .array(SubmissionRowSchema)
    .parse(db.prepare(`SELECT * FROM submissions WHERE id IN (${placeholders(ids.length)})`).all(...ids));
  const found = new Set(rows.map((row) => row.id));
  for (const id of ids) if (!found.has(id)) result.unsendable.push({ itemId: id, reason: 'local:missing' });
  for (const row of inRequestedOrder(rows, ids)) {
    let personalData: unknown = null;
    if (row.personal_data !== null) {
      const plain = cipher.decrypt(row.personal_data, row.id);
      if (!plain.ok) {
        result.unsendable.push({ itemId: row.id, reason: 'local:undecryptable' });
        continue;
      }
      personalData = JSON.parse(plain.value);
    }
    const item = SubmissionUploadItemSchema.safeParse({
      id: row.id,
      kind: row.kind,
      reference: row.reference,
      createdAt: row.created_at,
      visitId: row.visit_id,
      staffAssisted: row.staff_assisted === 1,
      publicData: JSON.parse(row.public_data),
      personalData,
    });
    if (item.success) result.items.push(item.data);
    else result.unsendable.push({ itemId: row.id, reason: 'local:invalid' });
  }
  return result;
}

/** Builds visit statistics items; only ended visits are ever in the outbox. */
export function readVisitUploadItems(db: KioskDatabase, ids: readonly string[]): UploadItems<VisitUploadItem> {
  const result: UploadItems<VisitUploadItem> = { items: [], unsendable: [] };
  if (ids.length === 0) return result;
  const rows = z.array(VisitRowSchema).parse(db.prepare(`SELECT * FROM visits WHERE id IN (${placeholders(ids.length)})`).all(...ids));
  const found = new Set(rows.map((row) => row.id));
  for (const id of ids) if (!found.has(id)) result.unsendable.push({ itemId: id, reason: 'local:missing' });
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

const AuditRowSchema = z.object({ uuid: z.string(), at: z.string(), actor: z.string(), action: z.string(), detail: z.string() });

/** Audit entries as the central API takes them; the outbox item id is the entry's uuid. */
export function readAuditUploadItems(db: KioskDatabase, ids: readonly string[]): UploadItems<AuditUploadItem> {
  const result: UploadItems<AuditUploadItem> = { items: [], unsendable: [] };
  if (ids.length === 0) return result;
  const rows = z
    .array(AuditRowSchema)
    .parse(db.prepare(`SELECT uuid, at, actor, action, detail FROM audit_log WHERE uuid IN (${placeholders(ids.length)})`).all(...ids))
    .map((row) => ({ ...row, id: row.uuid }));
  const found = new Set(rows.map((row) => row.id));
  for (const id of ids) if (!found.has(id)) result.unsendable.push({ itemId: id, reason: 'local:missing' });
  for (const row of inRequestedOrder(rows, ids)) {
    const item = AuditUploadItemSchema.safeParse({ id: row.id, at: row.at, actor: row.actor, action: row.action, detail: JSON.parse(row.detail) });
    if (item.success) result.items.push(item.data);
    else result.unsendable.push({ itemId: row.id, reason: 'local:invalid' });
  }
  return result;
}
