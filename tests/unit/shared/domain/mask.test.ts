import { describe, it, expect } from 'vitest';
import {
  lastFour,
  maskIdNumber,
  maskName,
  maskPhone,
  spokenDigits,
  spokenDigitWords,
  spokenMaskedTail,
} from '../../../../shared/domain/mask.js';

const ID = '37170219900101123X';
const PHONE = '13812345678';

// Characters of `masked` that are not '*' must be exactly the tail of `original`, at most 4 of them.
function revealed(masked: string): string {
  return masked.replace(/\*/gu, '');
}

describe('maskIdNumber', () => {
  it.each([
    [ID, '**************123X'],
    ['37170219900101123x', '**************123X'],
    ['371702 19900101 1234', '**************1234'],
    ['12345', '*2345'],
    ['1234', '****'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });

  it('never reveals more than the last 4 characters', () => {
    for (const value of [ID, '110105194912310021', '123456789', '12', '1234']) {
      const masked = maskIdNumber(value);
      expect(revealed(masked).length).toBeLessThanOrEqual(4);
      expect(value.toUpperCase().endsWith(revealed(masked))).toBe(true);
      expect(masked).toHaveLength(value.length);
    }
  });
});

describe('maskPhone', () => {
  it.each([
    [PHONE, '*******5678'],
    ['138 1234 5678', '*******5678'],
    ['+86 138-1234-5678', '*******5678'],
    ['5678', '****'],
  ])('%j → %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('reveals at most 4 digits', () => {
    expect(revealed(maskPhone(PHONE))).toBe('5678');
  });
});

describe('lastFour', () => {
  it.each([
    [ID, '123X'],
    ['37170219900101123x', '123X'],
    [PHONE, '5678'],
    ['1234', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(lastFour(input)).toBe(expected);
  });
});

describe('maskName', () => {
  it.each([
    ['张三丰', '张**'],
    ['张三', '张*'],
    ['  张三  ', '张*'],
    ['张', '*'],
    ['', ''],
    ['𠀀明', '𠀀*'],
    ['阿卜杜拉·买买提', '阿*******'],
  ])('%j → %j', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });
});

describe('spokenDigits', () => {
  it.each([
    ['123X', 'zh-CN', '一 二 三 叉'],
    ['123x', 'zh-CN', '一 二 三 叉'],
    ['0123456789', 'zh-CN', '零 一 二 三 四 五 六 七 八 九'],
    ['123X', 'en', '1 2 3 X'],
    ['138-1234 5678', 'en', '1 3 8 1 2 3 4 5 6 7 8'],
  ] as const)('%j in %s → %j', (input, language, expected) => {
    expect(spokenDigits(input, language)).toBe(expected);
  });

  it('never uses 幺 for one', () => {
    expect(spokenDigits('111', 'zh-CN')).not.toContain('幺');
    expect(spokenDigitWords['zh-CN'].digits[1]).toBe('一');
  });
});

describe('spokenMaskedTail', () => {
  it.each([
    [ID, 'zh-CN', '尾号 一 二 三 叉'],
    [ID, 'en', 'ending in 1 2 3 X'],
    [PHONE, 'zh-CN', '尾号 五 六 七 八'],
    ['1234', 'zh-CN', ''],
  ] as const)('%j in %s → %j', (input, language, expected) => {
    expect(spokenMaskedTail(input, language)).toBe(expected);
  });

  it('speaks only the last 4 digits of an ID number', () => {
    const spoken = spokenMaskedTail('110105194912310021', 'en');
    const digits = spoken.replace(/\D/gu, '');
    expect(digits).toBe('0021');
  });
});
