import { describe, it, expect } from 'vitest';
import { ageOn, idChecksumChar, normalizeIdNumber, parseIdNumber } from '../../../../shared/domain/idNumber.js';

// Local calendar dates, as the kiosk uses them.
const TODAY = new Date(2025, 5, 15); // 2025-06-15

// 371702 = 山东省菏泽市牡丹区. Builds a number with a correct check character.
function validId(birth: string, sequence = '123'): string {
  const first17 = `371702${birth}${sequence}`;
  return first17 + idChecksumChar(first17);
}

describe('idChecksumChar', () => {
  it.each([
    // The worked examples from GB 11643-1999.
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    // One for every remainder of MOD 11-2, worked out by hand from the weights.
    ['37170219900101008', '0'],
    ['37170219900101002', '1'],
    ['37170219900101007', '2'],
    ['37170219900101001', '3'],
    ['37170219900101006', '4'],
    ['37170219900101000', '5'],
    ['37170219900101005', '6'],
    ['37170219900101018', '7'],
    ['37170219900101004', '8'],
    ['37170219900101009', '9'],
    ['37170219900101003', 'X'],
  ])('%s → %s', (first17, expected) => {
    expect(idChecksumChar(first17)).toBe(expected);
  });

  it('throws on anything but 17 digits (a bug, not user input)', () => {
    expect(() => idChecksumChar('1234')).toThrow(RangeError);
    expect(() => idChecksumChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('parseIdNumber: valid numbers', () => {
  it('parses a constructed number into its parts', () => {
    const value = validId('19900101', '123');
    expect(parseIdNumber(value, TODAY)).toEqual({
      ok: true,
      value: { value, regionCode: '371702', birthDate: '1990-01-01', sex: 'male' },
    });
  });

  it('accepts the GB 11643 example ending in X', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: { value: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('accepts lowercase x and normalises it to X', () => {
    const result = parseIdNumber('11010519491231002x', TODAY);
    expect(result.ok && result.value.value).toBe('11010519491231002X');
  });

  it('trims and strips spaces, including the ideographic space', () => {
    const value = validId('20000229');
    const spaced = ` ${value.slice(0, 6)} ${value.slice(6, 14)}\u3000${value.slice(14)} `;
    const result = parseIdNumber(spaced, TODAY);
    expect(result.ok && result.value.value).toBe(value);
  });

  it('folds full-width digits typed with a Chinese IME', () => {
    const fullWidth = '１１０１０５１９４９１２３１００２ｘ';
    const result = parseIdNumber(fullWidth, TODAY);
    expect(result.ok && result.value.value).toBe('11010519491231002X');
  });

  it.each([
    ['1', 'male'],
    ['3', 'male'],
    ['9', 'male'],
    ['0', 'female'],
    ['2', 'female'],
    ['8', 'female'],
  ] as const)('17th digit %s → %s', (digit, sex) => {
    const result = parseIdNumber(validId('19851120', `00${digit}`), TODAY);
    expect(result.ok && result.value.sex).toBe(sex);
  });

  it.each(['11', '37', '65', '71', '81', '82'])('accepts province code %s', (province) => {
    const first17 = `${province}0101199001011230`.slice(0, 17);
    expect(parseIdNumber(first17 + idChecksumChar(first17), TODAY).ok).toBe(true);
  });

  it('accepts someone born today and someone born on 1900-01-01', () => {
    expect(parseIdNumber(validId('20250615'), TODAY).ok).toBe(true);
    expect(parseIdNumber(validId('19000101'), TODAY).ok).toBe(true);
  });
});

describe('parseIdNumber: errors', () => {
  const good = validId('19900101');
  const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');

  it.each([
    ['empty string', '', 'empty'],
    ['only spaces', '   \u3000 ', 'empty'],
    ['old 15-digit number', '371702900101123', 'old_15_digit'],
    ['17 characters', good.slice(0, 17), 'wrong_length'],
    ['19 characters', `${good}1`, 'wrong_length'],
    ['15 characters ending in X', '37170290010112X', 'wrong_length'],
    ['letters in the middle', `${good.slice(0, 8)}AB${good.slice(10)}`, 'bad_characters'],
    ['X not at the end', `${good.slice(0, 10)}X${good.slice(11)}`, 'bad_characters'],
    ['punctuation', `${good.slice(0, 17)}.`, 'bad_characters'],
    ['wrong check character', wrongCheck, 'bad_checksum'],
    ['region 99', `99${good.slice(2, 17)}${idChecksumChar(`99${good.slice(2, 17)}`)}`, 'bad_region'],
    ['region 00', `00${good.slice(2, 17)}${idChecksumChar(`00${good.slice(2, 17)}`)}`, 'bad_region'],
    ['region 16', `16${good.slice(2, 17)}${idChecksumChar(`16${good.slice(2, 17)}`)}`, 'bad_region'],
    ['30 February', validId('19900230'), 'bad_birth_date'],
    ['29 February in a non-leap year', validId('19000229'), 'bad_birth_date'],
    ['month 13', validId('19901301'), 'bad_birth_date'],
    ['day 00', validId('19900100'), 'bad_birth_date'],
    ['31 April', validId('19900431'), 'bad_birth_date'],
    ['born tomorrow', validId('20250616'), 'bad_birth_date'],
    ['born next year', validId('20260101'), 'bad_birth_date'],
    ['born before 1900 (GB 11643 example 440524188001010014)', '440524188001010014', 'bad_birth_date'],
  ])('%s → %s', (_label, input, expected) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: false, error: expected });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseIdNumber(validId('20000229'), TODAY).ok).toBe(true);
    expect(parseIdNumber(validId('19960229'), TODAY).ok).toBe(true);
  });
});

describe('normalizeIdNumber', () => {
  it('removes whitespace and upper-cases x', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });
});

describe('ageOn', () => {
  it.each([
    ['2009-06-15', new Date(2025, 5, 14), 15, 'the day before the 16th birthday'],
    ['2009-06-15', new Date(2025, 5, 15), 16, 'on the 16th birthday'],
    ['2009-06-15', new Date(2025, 5, 16), 16, 'the day after'],
    ['2009-12-31', new Date(2025, 0, 1), 15, 'birthday late in the year'],
    ['2008-02-29', new Date(2025, 1, 28), 16, '29 Feb birthday on 28 Feb of a non-leap year'],
    ['2008-02-29', new Date(2025, 2, 1), 17, '29 Feb birthday on 1 Mar of a non-leap year'],
    ['2008-02-29', new Date(2024, 1, 28), 15, '29 Feb birthday on 28 Feb of a leap year'],
    ['2008-02-29', new Date(2024, 1, 29), 16, '29 Feb birthday on 29 Feb of a leap year'],
    ['1990-01-01', new Date(1990, 0, 1), 0, 'the day of birth'],
  ])('%s on %s → %i (%s)', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });

  it('uses the birth date parsed from an ID number', () => {
    const result = parseIdNumber(validId('20090615'), TODAY);
    expect(result.ok && ageOn(result.value.birthDate, new Date(2025, 5, 14))).toBe(15);
  });

  it('throws on a malformed date string (a bug)', () => {
    expect(() => ageOn('2009/06/15', TODAY)).toThrow(RangeError);
  });
});
