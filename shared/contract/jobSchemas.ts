import { z } from 'zod';
import { DisabilityCategorySchema } from '../catalog/disability.js';
import { JobCategorySchema, JobSchema, WorkTypeSchema } from '../catalog/job.js';
import { DistrictCodeSchema } from '../geo/districts.js';

export const jobSorts = ['newest', 'nearest', 'pay'] as const;
export const JOB_PAGE_SIZE_MAX = 20;

// Search and filters for the jobs list (issue #4). Null means "any".
/** Phone keys of pinyin initials typed on the keypad (issue #12): 保洁 → "25". */
export const KeypadInitialsSchema = z.string().regex(/^[2-9]*$/).max(20);

export const JobSearchInputSchema = z.strictObject({
  text: z.string().max(50),
  /** When not empty, searches by keypad initials instead of text. */
  initials: KeypadInitialsSchema.optional(),
  districtCode: DistrictCodeSchema.nullable(),
  /** The kind of work ("按工作类别找"). */
  category: JobCategorySchema.nullable().optional(),
  workType: WorkTypeSchema.nullable(),
  suitableFor: DisabilityCategorySchema.nullable(),
  homeBased: z.boolean().nullable(),
  payFloorMonthlyYuan: z.number().int().min(0).max(100_000).nullable(),
  sort: z.enum(jobSorts),
  page: z.number().int().min(0).max(10_000),
  pageSize: z.number().int().min(1).max(JOB_PAGE_SIZE_MAX),
});
export type JobSearchInput = z.infer<typeof JobSearchInputSchema>;

export const JobSearchOutputSchema = z.strictObject({
  total: z.number().int().nonnegative(),
  page: z.number().int().nonnegative(),
  pageSize: z.number().int().positive(),
  jobs: z.array(JobSchema),
});

export const JobGetInputSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{3,64}$/) });
export const JobGetOutputSchema = z.strictObject({ job: JobSchema });

export const SubmissionReceiptSchema = z.strictObject({
  submissionId: z.uuid({ version: 'v7' }),
  /** Short number shown and spoken to the resident, e.g. J00042. */
  reference: z.string().regex(/^[A-Z]\d{5,}$/),
});
