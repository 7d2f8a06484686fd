import { describe, expect, it } from 'vitest';
import { checkAgeRule } from '../../../../shared/domain/ageRule.js';

describe('checkAgeRule', () => {
  it('is exact to the 16th birthday', () => {
    expect(checkAgeRule('2010-12-07', 16, null, '2026-12-06')).toBe('too_young');
    expect(checkAgeRule('2010-12-07', 16, null, '2026-12-07')).toBe('ok');
  });

  it('lets a 24-year-old into a youth course up to the day before the 25th birthday', () => {
    expect(checkAgeRule('2001-12-07', 16, 24, '2026-12-06')).toBe('ok');
    expect(checkAgeRule('2001-12-07', 16, 24, '2026-12-07')).toBe('too_old');
  });

  it('has no upper limit when maxAge is null', () => {
    expect(checkAgeRule('1940-01-01', 16, null, '2026-12-07')).toBe('ok');
  });

  it('turns a 29 Feb birthday a year older on 1 Mar in a non-leap year', () => {
    expect(checkAgeRule('2008-02-29', 16, null, '2024-02-28')).toBe('too_young');
    expect(checkAgeRule('2008-02-29', 16, null, '2024-02-29')).toBe('ok'); // leap year: the birthday itself
    expect(checkAgeRule('2004-02-29', 16, 24, '2029-02-28')).toBe('ok'); // still 24
    expect(checkAgeRule('2004-02-29', 16, 24, '2029-03-01')).toBe('too_old'); // 25 on 1 Mar
  });

  it('moves a leap-day child up a year on 1 Mar when the birthday falls in a non-leap year', () => {
    // Born 29 Feb 2000: the 16th birthday is 29 Feb 2016 (a leap year, always so for 16), the 17th is 1 Mar 2017.
    expect(checkAgeRule('2000-02-29', 17, null, '2017-02-28')).toBe('too_young');
    expect(checkAgeRule('2000-02-29', 17, null, '2017-03-01')).toBe('ok');
  });
});
