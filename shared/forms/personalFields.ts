import type { FieldError } from '../errors.js';
import { parseIdNumber, type IdNumber } from '../domain/idNumber.js';
import { validatePersonName } from '../domain/personalText.js';
import { parseMobileNumber } from '../domain/phone.js';
import type { Result } from '../result.js';

// The personal fields every sign-up form shares, checked the same way in the renderer (for an
// immediate, spoken error) and again in the host (which never trusts the renderer).
// Each error key's message names the field and says how to fix it (EN 301 549 5.1.3.15).
export const NAME_MAX_CHARS = 30;

export function checkName(value: string, path = 'name'): Result<string, FieldError> {
  const name = validatePersonName(value, NAME_MAX_CHARS);
  return name.ok ? name : { ok: false, error: { path, messageKey: `errors.name.${name.error}`, params: { max: NAME_MAX_CHARS } } };
}

export function checkPhone(value: string, path = 'phone'): Result<string, FieldError> {
  const phone = parseMobileNumber(value);
  return phone.ok ? phone : { ok: false, error: { path, messageKey: `errors.phone.${phone.error}` } };
}

export function checkIdNumber(value: string, today: Date, path = 'idNumber'): Result<IdNumber, FieldError> {
  const id = parseIdNumber(value, today);
  return id.ok ? id : { ok: false, error: { path, messageKey: `errors.idNumber.${id.error}` } };
}

/** Collects the errors of several checks, in field order, for the error summary. */
export function collectErrors(results: readonly Result<unknown, FieldError>[]): FieldError[] {
  return results.flatMap((result) => (result.ok ? [] : [result.error]));
}
