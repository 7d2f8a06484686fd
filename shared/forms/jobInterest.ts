import { z } from 'zod';
import { DisabilityCategorySchema, type DisabilityCategory } from '../catalog/disability.js';
import { VisitIdSchema } from '../contract/appSchemas.js';
import type { FieldError } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import { checkIdNumber, checkName, checkPhone, collectErrors } from './personalFields.js';

/** 个人信息保护法 Arts. 28–30: disability status is sensitive; it is only sent with its own, explicit consent. */
export const DisabilityDisclosureSchema = z.strictObject({
  consent: z.literal(true),
  category: DisabilityCategorySchema,
});

// Register interest in a job (issue #4): the minimum personal data, the optional ID number and the
// optional disability category. Strings are bounded here; their content is checked by validateJobInterest.
export const JobInterestInputSchema = z.strictObject({
  jobId: z.string().regex(/^[a-z0-9-]{3,64}$/),
  visitId: VisitIdSchema.nullable(),
  name: z.string().max(500),
  phone: z.string().max(40),
  idNumber: z.string().max(40).nullable(),
  disability: DisabilityDisclosureSchema.nullable(),
});
export type JobInterestInput = z.infer<typeof JobInterestInputSchema>;

export type ValidJobInterest = {
  readonly jobId: string;
  readonly visitId: string | null;
  readonly name: string;
  readonly phone: string;
  readonly idNumber: string | null;
  readonly disabilityCategory: DisabilityCategory | null;
};

export function validateJobInterest(input: JobInterestInput, today: Date): Result<ValidJobInterest, FieldError[]> {
  const name = checkName(input.name);
  const phone = checkPhone(input.phone);
  const idNumber = input.idNumber === null || input.idNumber.trim() === '' ? null : checkIdNumber(input.idNumber, today);
  const errors = collectErrors([name, phone, ...(idNumber === null ? [] : [idNumber])]);
  if (!name.ok || !phone.ok || (idNumber !== null && !idNumber.ok)) return err(errors);
  return ok({
    jobId: input.jobId,
    visitId: input.visitId,
    name: name.value,
    phone: phone.value,
    idNumber: idNumber === null ? null : idNumber.value.value,
    disabilityCategory: input.disability?.category ?? null,
  });
}
