import { z } from 'zod';
import { JobSchema } from './job.js';
import { CourseSchema } from './course.js';
import { PolicySchema } from './policy.js';

export const catalogKinds = ['jobs', 'courses', 'policies'] as const;
export const CatalogKindSchema = z.enum(catalogKinds);
export type CatalogKind = z.infer<typeof CatalogKindSchema>;

/** One schema per catalog kind: used to validate the seed, the local store and central pulls alike. */
export const catalogItemSchemas = {
  jobs: JobSchema,
  courses: CourseSchema,
  policies: PolicySchema,
} as const;
