import { z } from 'zod';
import { PolicySchema } from '../catalog/policy.js';
import { VisitIdSchema } from '../contract/appSchemas.js';
import type { FieldError } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import { checkIdNumber, checkName, checkPhone, collectErrors } from './personalFields.js';

// Issue #7: the identity check for status lookups (身份证号 + the phone's last 4 digits as a second
// factor), and the call-back request about a policy. Checked in the renderer and again in the host.

export const StatusLookupInputSchema = z.strictObject({
  visitId: VisitIdSchema.nullable(),
  idNumber: z.string().max(40),
  phoneLast4: z.string().max(10),
});
export type StatusLookupInput = z.infer<typeof StatusLookupInputSchema>;
export type ValidStatusLookup = { readonly visitId: string | null; readonly idNumber: string; readonly phoneLast4: string };

export function checkPhoneLast4(value: string, path = 'phoneLast4'): Result<string, FieldError> {
  const digits = value.replace(/\s/g, '');
  return /^\d{4}$/.test(digits) ? ok(digits) : err({ path, messageKey: 'errors.phoneLast4.invalid' });
}

export function validateStatusLookup(input: StatusLookupInput, today: Date): Result<ValidStatusLookup, FieldError[]> {
  const idNumber = checkIdNumber(input.idNumber, today);
  const phoneLast4 = checkPhoneLast4(input.phoneLast4);
  if (!idNumber.ok || !phoneLast4.ok) return err(collectErrors([idNumber, phoneLast4]));
  return ok({ visitId: input.visitId, idNumber: idNumber.value.value, phoneLast4: phoneLast4.value });
}

export const PolicyInquiryInputSchema = z.strictObject({
  policyId: PolicySchema.shape.id,
  visitId: VisitIdSchema.nullable(),
  name: z.string().max(500),
  phone: z.string().max(40),
  /** Required: the call-back counts as a policy contact in the resident's 12333 record. */
  idNumber: z.string().max(40),
});
export type PolicyInquiryInput = z.infer<typeof PolicyInquiryInputSchema>;
export type ValidPolicyInquiry = {
  readonly policyId: string;
  readonly visitId: string | null;
  readonly name: string;
  readonly phone: string;
  readonly idNumber: string;
};

export function validatePolicyInquiry(input: PolicyInquiryInput, today: Date): Result<ValidPolicyInquiry, FieldError[]> {
  const idNumber = checkIdNumber(input.idNumber, today);
  const name = checkName(input.name);
  const phone = checkPhone(input.phone);
  if (!idNumber.ok || !name.ok || !phone.ok) return err(collectErrors([idNumber, name, phone]));
  return ok({ policyId: input.policyId, visitId: input.visitId, name: name.value, phone: phone.value, idNumber: idNumber.value.value });
}
