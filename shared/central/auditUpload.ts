import { z } from 'zod';
import { MAX_BATCH_ITEMS } from './paths.js';

// POST /v1/audit/batch: the station's audit log (who did what and when in staff mode, sync alerts),
// forwarded with the statistics (issue #8). Ids, counts and codes only, never personal data.
// Answered with the same BatchResponse as submissions, idempotent by entry id.
export const AuditUploadItemSchema = z.strictObject({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  /** 'system', or a staff session id: one PIN per station, so no person is named. */
  actor: z.string().min(1).max(80),
  action: z.string().min(1).max(80),
  detail: z.record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean(), z.null()])),
});
export type AuditUploadItem = z.infer<typeof AuditUploadItemSchema>;

export const AuditBatchRequestSchema = z.strictObject({
  items: z.array(AuditUploadItemSchema).min(1).max(MAX_BATCH_ITEMS),
});
export type AuditBatchRequest = z.infer<typeof AuditBatchRequestSchema>;
