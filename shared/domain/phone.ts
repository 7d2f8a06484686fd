import { ok, err, type Result } from '../result.js';

// Mainland China mobile numbers: 11 digits, 1 then 3–9, optionally written with +86 / 86.
// Validated at once with an error that says what is wrong (ACCESSIBILITY.md "Validate at once";
// EN 301 549 5.1.3.15).

export const mobileNumberErrorReasons = ['empty', 'wrong_length', 'bad_characters', 'bad_prefix'] as const;
export type MobileNumberError = (typeof mobileNumberErrorReasons)[number];

/** Returns the number as 11 ASCII digits, without country code, spaces or hyphens. */
export function parseMobileNumber(input: string): Result<string, MobileNumberError> {
  const compact = input
    // Full-width digits, "+" and "－" from a Chinese IME in full-width mode → ASCII.
    .replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]+/gu, '');
  if (compact === '') {
    return err('empty');
  }
  let national: string;
  if (compact.startsWith('+86')) {
    national = compact.slice(3);
  } else if (compact.startsWith('+')) {
    // Another country's code: not a mainland mobile number.
    return err('bad_prefix');
  } else if (compact.startsWith('86') && compact.length === 13) {
    // 86 + 11 digits. An 11-digit input starting with 86 is kept whole so it reports 'bad_prefix'.
    national = compact.slice(2);
  } else {
    national = compact;
  }
  if (!/^\d*$/u.test(national)) {
    return err('bad_characters');
  }
  if (national.length !== 11) {
    return err('wrong_length');
  }
  if (!/^1[3-9]/u.test(national)) {
    return err('bad_prefix');
  }
  return ok(national);
}

/**
 * Second-factor check: do the last 4 digits of `phone` equal `lastFour`?
 * False when `phone` is not a valid mobile number or `lastFour` is not exactly 4 ASCII digits.
 */
export function lastFourDigitsMatch(phone: string, lastFour: string): boolean {
  if (!/^\d{4}$/u.test(lastFour)) {
    return false;
  }
  const parsed = parseMobileNumber(phone);
  return parsed.ok && parsed.value.slice(-4) === lastFour;
}
