import { z } from 'zod';
import { JsonObjectSchema } from './common.js';
import { MAX_BATCH_ITEMS } from './paths.js';
import { submissionKinds } from './submissionKinds.js';

// POST /v1/submissions/batch. The item id is the kiosk's UUIDv7 and the central API's idempotency key:
// sending an item again (after a timeout, a dropped connection or a power cut) answers "duplicate" with
// the same central reference, never a second record.
export const SubmissionUploadItemSchema = z.strictObject({
  id: z.uuid(),
  kind: z.enum(submissionKinds),
  /** The short number the resident was told (J00001 …); unique per station and kind. */
  reference: z.string().regex(/^[JTSQRD]\d{5,9}$/),
  createdAt: z.iso.datetime({ offset: true }),
  visitId: z.uuid().nullable(),
  staffAssisted: z.boolean(),
  publicData: JsonObjectSchema,
  /** Name, 身份证号, phone …: sent only over HTTPS (or loopback), null once purged on the kiosk. */
  personalData: JsonObjectSchema.nullable(),
});
export type SubmissionUploadItem = z.infer<typeof SubmissionUploadItemSchema>;

export const SubmissionBatchRequestSchema = z.strictObject({
  items: z.array(SubmissionUploadItemSchema).min(1).max(MAX_BATCH_ITEMS),
});
export type SubmissionBatchRequest = z.infer<typeof SubmissionBatchRequestSchema>;

/** Why the central API will never accept an item; retrying cannot help, so staff must look at it. */
export const rejectionReasons = ['invalid_item', 'unknown_reference', 'closed', 'not_eligible', 'conflict'] as const;

export const ItemResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ id: z.uuid(), outcome: z.literal('accepted'), centralReference: z.string().min(1).max(64) }),
  /** Already received earlier (same id): the first answer's reference again. */
  z.strictObject({ id: z.uuid(), outcome: z.literal('duplicate'), centralReference: z.string().min(1).max(64) }),
  z.strictObject({ id: z.uuid(), outcome: z.literal('rejected'), reason: z.enum(rejectionReasons), detail: z.string().max(500) }),
]);
export type ItemResult = z.infer<typeof ItemResultSchema>;

/** One result per item sent, in any order. A response that does not cover every id is treated as malformed. */
export const BatchResponseSchema = z.strictObject({
  results: z.array(ItemResultSchema).max(MAX_BATCH_ITEMS),
});
export type BatchResponse = z.infer<typeof BatchResponseSchema>;
