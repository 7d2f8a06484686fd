import { ok, err, type Result } from '../result.js';
import type { DisabilityCategory } from '../catalog/disability.js';
import { normalizeIdNumber, parseIdNumber, type IdNumber, type IdNumberError } from './idNumber.js';

// 第二代残疾人证号: the holder's 18-character 身份证号, then 1 category digit, then 1 grade digit
// (ACCESSIBILITY.md "Validate at once": the 残疾人证号 format).
// Disability status is sensitive personal information (个人信息保护法 Arts. 28–30): this module
// only validates; it neither stores nor logs the number.

export type DisabilityCardCategory = DisabilityCategory | 'multiple';
/** 一级 (1, most severe) to 四级 (4). */
export type DisabilityGrade = 1 | 2 | 3 | 4;

export type DisabilityCard = {
  /** Normalised: 20 characters. */
  readonly value: string;
  readonly idNumber: IdNumber;
  readonly category: DisabilityCardCategory;
  readonly grade: DisabilityGrade;
};

export const disabilityCardErrorReasons = [
  'empty',
  'wrong_length',
  'bad_id_part',
  'bad_category',
  'bad_grade',
  'id_mismatch',
] as const;
export type DisabilityCardErrorReason = (typeof disabilityCardErrorReasons)[number];

export type DisabilityCardError =
  | { readonly reason: Exclude<DisabilityCardErrorReason, 'bad_id_part'> }
  /** The first 18 characters are not a valid 身份证号; `idReason` says why. */
  | { readonly reason: 'bad_id_part'; readonly idReason: IdNumberError };

const CARD_LENGTH = 20;

// The digit printed on the card → category (1–6 as in the catalog, 7 = 多重).
const CATEGORY_BY_DIGIT: Readonly<Record<string, DisabilityCardCategory>> = {
  '1': 'visual', // 视力
  '2': 'hearing', // 听力
  '3': 'speech', // 言语
  '4': 'physical', // 肢体
  '5': 'intellectual', // 智力
  '6': 'mental', // 精神
  '7': 'multiple', // 多重
};

const GRADE_BY_DIGIT: Readonly<Record<string, DisabilityGrade>> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Parses a 第二代残疾人证号. When `expectedIdNumber` (the 身份证号 already entered in this
 * session) is given and not blank, the card's ID part must equal it after normalisation.
 */
export function parseDisabilityCardNumber(
  input: string,
  today: Date,
  expectedIdNumber?: string,
): Result<DisabilityCard, DisabilityCardError> {
  const value = normalizeIdNumber(input);
  if (value === '') {
    return err({ reason: 'empty' });
  }
  if (Array.from(value).length !== CARD_LENGTH) {
    return err({ reason: 'wrong_length' });
  }
  const idNumber = parseIdNumber(value.slice(0, 18), today);
  if (!idNumber.ok) {
    return err({ reason: 'bad_id_part', idReason: idNumber.error });
  }
  const category = CATEGORY_BY_DIGIT[value.charAt(18)];
  if (category === undefined) {
    return err({ reason: 'bad_category' });
  }
  const grade = GRADE_BY_DIGIT[value.charAt(19)];
  if (grade === undefined) {
    return err({ reason: 'bad_grade' });
  }
  if (expectedIdNumber !== undefined) {
    const expected = normalizeIdNumber(expectedIdNumber);
    if (expected !== '' && expected !== idNumber.value.value) {
      return err({ reason: 'id_mismatch' });
    }
  }
  return ok({ value, idNumber: idNumber.value, category, grade });
}
