import { describe, it, expect } from 'vitest';
import { parseDisabilityCardNumber } from '../../../../shared/domain/disabilityCard.js';
import { idChecksumChar } from '../../../../shared/domain/idNumber.js';

const TODAY = new Date(2025, 5, 15);

function validId(birth = '19900101', sequence = '124'): string {
  const first17 = `370102${birth}${sequence}`;
  return first17 + idChecksumChar(first17);
}

const ID = validId();
const ID_WITH_X = '11010519491231002X';

describe('parseDisabilityCardNumber: valid numbers', () => {
  it.each([
    ['1', 'visual'],
    ['2', 'hearing'],
    ['3', 'speech'],
    ['4', 'physical'],
    ['5', 'intellectual'],
    ['6', 'mental'],
    ['7', 'multiple'],
  ] as const)('category digit %s → %s', (digit, category) => {
    const result = parseDisabilityCardNumber(`${ID}${digit}2`, TODAY);
    expect(result.ok && result.value.category).toBe(category);
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
  ] as const)('grade digit %s → %i', (digit, grade) => {
    const result = parseDisabilityCardNumber(`${ID}4${digit}`, TODAY);
    expect(result.ok && result.value.grade).toBe(grade);
  });

  it('returns the normalised value and the parsed ID part', () => {
    expect(parseDisabilityCardNumber(` ${ID_WITH_X.toLowerCase()} 5 3 `, TODAY)).toEqual({
      ok: true,
      value: {
        value: `${ID_WITH_X}53`,
        idNumber: { value: ID_WITH_X, regionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
        category: 'intellectual',
        grade: 3,
      },
    });
  });
});

describe('parseDisabilityCardNumber: errors', () => {
  const wrongCheck = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');

  it.each([
    ['empty', '', 'empty'],
    ['the 身份证号 alone (18)', ID, 'wrong_length'],
    ['19 characters', `${ID}1`, 'wrong_length'],
    ['21 characters', `${ID}123`, 'wrong_length'],
    ['category 0', `${ID}01`, 'bad_category'],
    ['category 8', `${ID}81`, 'bad_category'],
    ['category not a digit', `${ID}A1`, 'bad_category'],
    ['grade 0', `${ID}10`, 'bad_grade'],
    ['grade 5', `${ID}15`, 'bad_grade'],
  ])('%s → %s', (_label, input, reason) => {
    expect(parseDisabilityCardNumber(input, TODAY)).toEqual({ ok: false, error: { reason } });
  });

  it('reports a checksum failure in the ID part with the nested reason', () => {
    expect(parseDisabilityCardNumber(`${wrongCheck}11`, TODAY)).toEqual({
      ok: false,
      error: { reason: 'bad_id_part', idReason: 'bad_checksum' },
    });
  });

  it('reports a future birth date in the ID part with the nested reason', () => {
    expect(parseDisabilityCardNumber(`${validId('20300101')}11`, TODAY)).toEqual({
      ok: false,
      error: { reason: 'bad_id_part', idReason: 'bad_birth_date' },
    });
  });
});

describe('parseDisabilityCardNumber: matching the 身份证号 already given', () => {
  it('id_mismatch when the ID part differs', () => {
    const other = validId('19900101', '126');
    expect(parseDisabilityCardNumber(`${ID}11`, TODAY, other)).toEqual({
      ok: false,
      error: { reason: 'id_mismatch' },
    });
  });

  it('matches when the ID part equals the given number', () => {
    expect(parseDisabilityCardNumber(`${ID}11`, TODAY, ID).ok).toBe(true);
  });

  it('matches after normalising lowercase x and spaces on either side', () => {
    expect(parseDisabilityCardNumber(`${ID_WITH_X.toLowerCase()}11`, TODAY, ID_WITH_X).ok).toBe(true);
    expect(parseDisabilityCardNumber(`${ID_WITH_X}11`, TODAY, ` ${ID_WITH_X.toLowerCase()} `).ok).toBe(true);
  });

  it('ignores a blank expected number', () => {
    expect(parseDisabilityCardNumber(`${ID}11`, TODAY, '  ').ok).toBe(true);
  });
});
