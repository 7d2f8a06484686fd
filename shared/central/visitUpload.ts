import { z } from 'zod';
import { UiLanguageSchema, ScreenIdSchema, VisitModeSchema } from '../contract/appSchemas.js';
import { MAX_BATCH_ITEMS } from './paths.js';

// POST /v1/visits/batch: anonymous service statistics, one record per finished resident session.
// No personal data. Answered with the same BatchResponse as submissions (idempotent by visit id).
export const VisitUploadItemSchema = z.strictObject({
  id: z.uuid(),
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }),
  language: UiLanguageSchema,
  outcome: z.enum(['completed', 'timed_out', 'abandoned']),
  staffAssisted: z.boolean(),
  modes: z.array(VisitModeSchema),
  screens: z.array(ScreenIdSchema).max(2000),
  /** {"jobs_viewed": 3, "job_interest": 1, …} */
  counters: z.record(z.string().max(40), z.number().int().nonnegative()),
});
export type VisitUploadItem = z.infer<typeof VisitUploadItemSchema>;

export const VisitBatchRequestSchema = z.strictObject({
  items: z.array(VisitUploadItemSchema).min(1).max(MAX_BATCH_ITEMS),
});
export type VisitBatchRequest = z.infer<typeof VisitBatchRequestSchema>;
