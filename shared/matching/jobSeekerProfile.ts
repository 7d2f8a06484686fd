import { z } from 'zod';
import { DisabilityCategorySchema } from '../catalog/disability.js';
import { jobCategories, JobCategorySchema } from '../catalog/job.js';
import { DistrictCodeSchema } from '../geo/districts.js';

/** When the resident can work: full days, or flexible / part-time hours, or either. */
export const workHoursWanted = ['full_time', 'flexible', 'any'] as const;
export const WorkHoursWantedSchema = z.enum(workHoursWanted);

/** Where: only at home, at a workplace in the chosen districts, or either. */
export const workPlacesWanted = ['home_only', 'workplace', 'either'] as const;
export const WorkPlaceWantedSchema = z.enum(workPlacesWanted);

/** Pay units a resident can name a lowest pay in (a piece rate cannot be compared with a wage). */
export const PayFloorSchema = z.object({ yuan: z.number().int().positive().max(100_000), unit: z.enum(['month', 'day', 'hour']) });

/**
 * What a job seeker says they want and need (需求归集, issue #15). The same answers drive 精准匹配, whether or not
 * the resident registers. The disability category is there only with the separate consent (个人信息保护法 Arts.
 * 28–30): without it the matching cannot see a category at all.
 */
export const JobSeekerProfileSchema = z.object({
  /** Kinds of work wanted; empty means any kind. */
  categories: z.array(JobCategorySchema).max(jobCategories.length),
  /** Districts the resident can travel to; empty means anywhere. */
  districtCodes: z.array(DistrictCodeSchema).max(20),
  place: WorkPlaceWantedSchema,
  hours: WorkHoursWantedSchema,
  /** The lowest pay the resident would accept, or null for "any". */
  payFloor: PayFloorSchema.nullable(),
  /** What helps them work. */
  needs: z.object({
    stepFree: z.boolean(),
    accessibleToilet: z.boolean(),
    signLanguage: z.boolean(),
    /** 辅助性就业: a supported workplace. */
    assisted: z.boolean(),
  }),
  disability: z.object({ consent: z.literal(true), category: DisabilityCategorySchema }).nullable(),
});
export type JobSeekerProfile = z.infer<typeof JobSeekerProfileSchema>;
