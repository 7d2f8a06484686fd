import { z } from 'zod';
import { SubmissionUploadItemSchema, type SubmissionUploadItem } from '../../../shared/central/submissionUpload.js';
import type { PersonalDataCipher } from '../../crypto/personalDataCipher.js';
import type { KioskDatabase } from '../openDatabase.js';
import { inRequestedOrder, missingIds, placeholders, type UploadItems } from './uploadItems.js';

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

/** Builds the central API's submission items from local rows, decrypting personal data just for the request. */
export function readSubmissionUploadItems(db: KioskDatabase, cipher: PersonalDataCipher, ids: readonly string[]): UploadItems<SubmissionUploadItem> {
  const result: UploadItems<SubmissionUploadItem> = { items: [], unsendable: [] };
  if (ids.length === 0) return result;
  const rows = z
    .array(SubmissionRowSchema)
    .parse(db.prepare(`SELECT * FROM submissions WHERE id IN (${placeholders(ids.length)})`).all(...ids));
  result.unsendable.push(...missingIds(rows, ids));
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
