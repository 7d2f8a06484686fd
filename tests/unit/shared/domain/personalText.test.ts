import { describe, it, expect } from 'vitest';
import { validateFreeText, validatePersonName } from '../../../../shared/domain/personalText.js';

describe('validatePersonName: accepted', () => {
  it.each([
    ['张三', '张三'],
    ['  欧阳娜娜  ', '欧阳娜娜'],
    ['阿卜杜拉·买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉•买买提', '阿卜杜拉•买买提'],
    ['Li Ming', 'Li Ming'],
    ['Li   Ming', 'Li Ming'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ["O'Brien", "O'Brien"],
    ['José Müller', 'José Müller'],
    ['Jose\u0301', 'Jose\u0301'], // decomposed é: letter + combining acute
    ['𠀀明', '𠀀明'], // U+20000, CJK Extension B
    ['王\u{2A6D6}', '王\u{2A6D6}'], // last code point of Extension B
    ['李〇', '李〇'],
    ['张\u3000三', '张 三'],
  ])('%j → %j', (input, expected) => {
    expect(validatePersonName(input)).toEqual({ ok: true, value: expected });
  });

  it('counts an Extension B character once', () => {
    expect(validatePersonName('𠀀'.repeat(30)).ok).toBe(true);
    expect(validatePersonName('𠀀'.repeat(31))).toEqual({ ok: false, error: 'too_long' });
  });
});

describe('validatePersonName: refused', () => {
  it.each([
    ['', 'empty'],
    ['   \u3000 ', 'empty'],
    ['张'.repeat(500), 'too_long'],
    ['张'.repeat(31), 'too_long'],
    ['张三😀', 'emoji_or_symbols'],
    ['👍', 'emoji_or_symbols'],
    ['张三\u{1F1E8}\u{1F1F3}', 'emoji_or_symbols'], // flag: regional indicators
    ['张三\u2764\uFE0F', 'emoji_or_symbols'], // ❤️
    ['张\u200D三', 'emoji_or_symbols'], // zero-width joiner
    ['张\u200B三', 'emoji_or_symbols'], // zero-width space
    ['张\u0007三', 'emoji_or_symbols'], // BEL control character
    ['张\n三', 'emoji_or_symbols'],
    ['张三\u202E', 'emoji_or_symbols'], // right-to-left override
    ['张三3', 'emoji_or_symbols'],
    ['张三!', 'emoji_or_symbols'],
    ['张三$', 'emoji_or_symbols'],
    ['<script>', 'emoji_or_symbols'],
    ['张\uE000', 'emoji_or_symbols'], // private use
    ['张三\uFE0F', 'emoji_or_symbols'], // variation selector
    ['·张三', 'emoji_or_symbols'],
    ['张三·', 'emoji_or_symbols'],
    ['阿卜杜拉··买买提', 'emoji_or_symbols'],
    ['Li -Ming', 'emoji_or_symbols'],
    ['\u0301abc', 'emoji_or_symbols'], // a combining mark with no letter before it
    ['⼈', 'emoji_or_symbols'], // Kangxi radical (a symbol), not the ideograph 人
  ])('%j → %s', (input, expected) => {
    expect(validatePersonName(input)).toEqual({ ok: false, error: expected });
  });

  it('checks the length before the characters', () => {
    expect(validatePersonName('😀'.repeat(31))).toEqual({ ok: false, error: 'too_long' });
  });

  it('takes a different maximum length', () => {
    expect(validatePersonName('张三丰', 2)).toEqual({ ok: false, error: 'too_long' });
    expect(validatePersonName('张三', 2).ok).toBe(true);
  });
});

describe('validateFreeText', () => {
  it.each([
    ['希望找一份离家近的工作，每月3000元以上。', '希望找一份离家近的工作，每月3000元以上。'],
    ['  需要轮椅通道 (wheelchair) & 电梯!  ', '需要轮椅通道 (wheelchair) & 电梯!'],
    ['第一行\r\n第二行\r第三行', '第一行\n第二行\n第三行'],
    ['工资：¥3,500 + 补贴 50%', '工资：¥3,500 + 补贴 50%'],
    ['𠀀', '𠀀'],
  ])('%j accepted', (input, expected) => {
    expect(validateFreeText(input, 200)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    [' \n ', 'empty'],
    ['很好😀', 'emoji_or_control'],
    ['很好\u{1F44D}\u{1F3FD}', 'emoji_or_control'],
    ['a\u0000b', 'emoji_or_control'],
    ['a\tb', 'emoji_or_control'],
    ['a\u200Db', 'emoji_or_control'],
    ['a\u202Eb', 'emoji_or_control'],
    ['a\u2028b', 'emoji_or_control'],
    ['1\uFE0F\u20E3', 'emoji_or_control'], // keycap 1️⃣
  ])('%j → %s', (input, expected) => {
    expect(validateFreeText(input, 200)).toEqual({ ok: false, error: expected });
  });

  it('counts code points for too_long', () => {
    expect(validateFreeText('𠀀'.repeat(10), 10).ok).toBe(true);
    expect(validateFreeText('𠀀'.repeat(11), 10)).toEqual({ ok: false, error: 'too_long' });
    expect(validateFreeText('a'.repeat(11), 10)).toEqual({ ok: false, error: 'too_long' });
  });
});
