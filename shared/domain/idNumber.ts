import { ok, err, type Result } from '../result.js';

// 居民身份证号 (GB 11643-1999): 6-digit region code (GB/T 2260), 8-digit birth date,
// 3-digit sequence (odd = male), 1 check character (ISO 7064 MOD 11-2).
// Validated at once so the form can give a clear error that names the problem
// (ACCESSIBILITY.md "Validate at once"; EN 301 549 5.1.3.15: the error says what is wrong).

export const idNumberErrorReasons = [
  'empty',
  'wrong_length',
  'old_15_digit', // the first-generation 15-digit number: the UI asks for the 18-digit one
  'bad_characters',
  'bad_region',
  'bad_birth_date',
  'bad_checksum',
] as const;
export type IdNumberError = (typeof idNumberErrorReasons)[number];

export type Sex = 'male' | 'female';

export type IdNumber = {
  /** Normalised: 18 characters, digits with an upper-case X as the only possible check character. */
  readonly value: string;
  /** The 6-digit administrative division code (GB/T 2260). */
  readonly regionCode: string;
  /** ISO yyyy-mm-dd. */
  readonly birthDate: string;
  readonly sex: Sex;
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// First two digits: province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao).
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Trims, removes all whitespace (including the ideographic space U+3000), folds full-width
 * ASCII (what a Chinese IME in full-width mode types, e.g. "３７" or "ｘ") to ASCII and
 * upper-cases x. Shared with the 残疾人证号 parser so both compare the same way.
 */
export function normalizeIdNumber(input: string): string {
  return input
    .replace(/\s+/gu, '')
    .replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/x/gu, 'X');
}

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. Throws on anything but 17 digits (a bug). */
export function idChecksumChar(first17: string): string {
  if (!/^\d{17}$/u.test(first17)) {
    throw new RangeError('idChecksumChar needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

export function parseIdNumber(input: string, today: Date): Result<IdNumber, IdNumberError> {
  const value = normalizeIdNumber(input);
  if (value === '') {
    return err('empty');
  }
  // Digits only, with X allowed as the last character (the check character).
  if (!/^\d*X?$/u.test(value)) {
    return err('bad_characters');
  }
  if (value.length === 15 && /^\d{15}$/u.test(value)) {
    return err('old_15_digit');
  }
  if (value.length !== 18) {
    return err('wrong_length');
  }
  if (!PROVINCE_CODES.has(value.slice(0, 2))) {
    return err('bad_region');
  }
  const birthDate = birthDateFrom(value.slice(6, 14), today);
  if (birthDate === undefined) {
    return err('bad_birth_date');
  }
  if (idChecksumChar(value.slice(0, 17)) !== value.charAt(17)) {
    return err('bad_checksum');
  }
  return ok({
    value,
    regionCode: value.slice(0, 6),
    birthDate,
    sex: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female',
  });
}

/**
 * Age in whole years on the given day (local calendar date of `on`), exact to the birthday:
 * the day before the 16th birthday gives 15. Someone born on 29 Feb turns a year older on
 * 1 Mar in non-leap years. Throws on a malformed date string (a bug, not user input).
 */
export function ageOn(birthDateIso: string, on: Date): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(birthDateIso);
  if (match === null || Number.isNaN(on.getTime())) {
    throw new RangeError('ageOn needs a yyyy-mm-dd date and a valid Date');
  }
  const birthMonthDay = Number(match[2]) * 100 + Number(match[3]);
  const onMonthDay = (on.getMonth() + 1) * 100 + on.getDate();
  const years = on.getFullYear() - Number(match[1]);
  // Comparing month*100+day puts 28 Feb before 29 Feb and 1 Mar after it, which gives the
  // 1 Mar rule for leap-day birthdays without a special case.
  return onMonthDay < birthMonthDay ? years - 1 : years;
}

function birthDateFrom(yyyymmdd: string, today: Date): string | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  if (Number.isNaN(today.getTime())) {
    throw new RangeError('parseIdNumber needs a valid Date for today');
  }
  // The kiosk's local calendar date: a birth date later than today is impossible.
  const todayNumber = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (Number(yyyymmdd) > todayNumber) {
    return undefined;
  }
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
