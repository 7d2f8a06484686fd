import { z } from 'zod';
import { JobSchema } from '../catalog/job.js';
import { JobSeekerProfileSchema } from '../matching/jobSeekerProfile.js';
import { MatchConcernSchema, MatchReasonSchema } from '../matching/matchExplanation.js';

/** At most this many matches come back: a page a resident can hear through. */
export const MATCHES_MAX = 20;

export const JobsMatchInputSchema = z.strictObject({ profile: JobSeekerProfileSchema });

export const JobsMatchOutputSchema = z.strictObject({
  matches: z
    .array(z.strictObject({ job: JobSchema, reasons: z.array(MatchReasonSchema), concerns: z.array(MatchConcernSchema) }))
    .max(MATCHES_MAX),
});

/** A job-seeker registration stored (or an earlier one updated: `updated` true, same reference). */
export const JobSeekerReceiptSchema = z.strictObject({
  submissionId: z.uuid({ version: 'v7' }),
  reference: z.string().regex(/^D\d{5,}$/),
  updated: z.boolean(),
});
