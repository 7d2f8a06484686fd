import { z } from 'zod';
import { JobSeekerProfileSchema } from '../matching/jobSeekerProfile.js';

/**
 * `publicData` of a `job_seeker` submission (需求归集, issue #15). A registration is updated, not duplicated: the
 * first submission's id is the `registrationId` of every later revision from the same resident (same 身份证号 and
 * phone), each with the next `revision` number and the same short reference. The central API keeps the highest
 * revision of each registration. The disability category is sensitive (个人信息保护法 Art. 28): it travels only in
 * `personalData`, and only with consent; `personalData` carries `{ name, phone, idNumber, disabilityCategory }`.
 */
export const JobSeekerPublicDataSchema = z.strictObject({
  registrationId: z.uuid(),
  revision: z.number().int().min(1).max(10_000),
  profile: JobSeekerProfileSchema.omit({ disability: true }),
  disabilityShared: z.boolean(),
});
export type JobSeekerPublicData = z.infer<typeof JobSeekerPublicDataSchema>;
