import { z } from 'zod';
import { VisitIdSchema } from '../contract/appSchemas.js';
import type { FieldError } from '../errors.js';
import { JobSeekerProfileSchema, type JobSeekerProfile } from '../matching/jobSeekerProfile.js';
import { err, ok, type Result } from '../result.js';
import { checkIdNumber, checkName, checkPhone, collectErrors } from './personalFields.js';

// 求职登记 (需求归集, issue #15). The 身份证号 is required: with the phone it is how a returning resident's registration
// is found and updated rather than made twice. Strings are bounded here; their content is checked below.
export const JobSeekerRegistrationInputSchema = z.strictObject({
  visitId: VisitIdSchema.nullable(),
  name: z.string().max(500),
  phone: z.string().max(40),
  idNumber: z.string().max(40),
  profile: JobSeekerProfileSchema,
});
export type JobSeekerRegistrationInput = z.infer<typeof JobSeekerRegistrationInputSchema>;

export type ValidJobSeekerRegistration = {
  readonly visitId: string | null;
  readonly name: string;
  readonly phone: string;
  readonly idNumber: string;
  readonly profile: JobSeekerProfile;
};

export function validateJobSeekerRegistration(input: JobSeekerRegistrationInput, today: Date): Result<ValidJobSeekerRegistration, FieldError[]> {
  const name = checkName(input.name);
  const phone = checkPhone(input.phone);
  const idNumber = checkIdNumber(input.idNumber, today);
  if (!name.ok || !phone.ok || !idNumber.ok) return err(collectErrors([name, phone, idNumber]));
  return ok({ visitId: input.visitId, name: name.value, phone: phone.value, idNumber: idNumber.value.value, profile: input.profile });
}
