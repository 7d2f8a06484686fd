import { ageOn } from './idNumber.js';

export type AgeRuleOutcome = 'ok' | 'too_young' | 'too_old';

/**
 * A course's age rule (issue #5): minAge 16 for most courses, maxAge 24 for the youth schemes.
 * Decided on the birth date from the 身份证号 (GB 11643) against a given calendar day, normally the
 * session's START date, exact to the birthday: someone is 16 on their 16th birthday, and still 24 on the
 * day before their 25th. 29 Feb birthdays turn a year older on 1 Mar in non-leap years (see ageOn).
 * Throws only on malformed date strings (a bug: both dates come from validated data).
 */
export function checkAgeRule(birthDateIso: string, minAge: number, maxAge: number | null, onDateIso: string): AgeRuleOutcome {
  const age = ageOn(birthDateIso, localDay(onDateIso));
  if (age < minAge) return 'too_young';
  if (maxAge !== null && age > maxAge) return 'too_old';
  return 'ok';
}

/** ageOn reads the local calendar day of its Date, so the ISO day is built as a local date, not UTC midnight. */
function localDay(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (match === null) throw new RangeError('checkAgeRule needs a yyyy-mm-dd date');
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
