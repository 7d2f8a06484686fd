import { describe, it, expect } from 'vitest';
import { splitForSpeech } from '../../../renderer/a11y/speech/splitSentences.js';

const withoutSpace = (s: string): string => s.replace(/\s+/gu, '');

// Invariants every result must keep.
function expectWellFormed(input: string, pieces: string[], maxChars = 60): void {
  expect(pieces.every((p) => p.length > 0 && p === p.trim())).toBe(true);
  expect(withoutSpace(pieces.join(''))).toBe(withoutSpace(input));
  for (const p of pieces) {
    expect(Array.from(p).length).toBeLessThanOrEqual(maxChars);
  }
}

describe('splitForSpeech: sentences', () => {
  it('splits mixed Chinese, English and numbers', () => {
    const input = '工资3.5元每小时。请按确认键！Press Enter to continue. 第2项';
    const pieces = splitForSpeech(input);
    expect(pieces).toEqual(['工资3.5元每小时。', '请按确认键！', 'Press Enter to continue.', '第2项']);
    expectWellFormed(input, pieces);
  });

  it.each([
    ['工资3.5元', ['工资3.5元']],
    ['版本v1.2已安装', ['版本v1.2已安装']],
    ['请访问www.example.com查看', ['请访问www.example.com查看']],
    ['Visit www.example.com now. Thanks', ['Visit www.example.com now.', 'Thanks']],
    ['你好吗？我很好。', ['你好吗？', '我很好。']],
    ['第一；第二', ['第一；', '第二']],
    ['Yes! No? Maybe; ok', ['Yes!', 'No?', 'Maybe;', 'ok']],
    ['真的吗？！好的。', ['真的吗？！', '好的。']],
    ['他说：“好的。”然后走了。', ['他说：“好的。”', '然后走了。']],
    ['Wait... then go.', ['Wait...', 'then go.']],
    ['第一行\n第二行\r\n\n第三行', ['第一行', '第二行', '第三行']],
    ['The end.', ['The end.']],
  ])('%j → %j', (input, expected) => {
    const pieces = splitForSpeech(input);
    expect(pieces).toEqual(expected);
    expectWellFormed(input, pieces);
  });

  it.each(['', '   ', '\n\n', '。', ' 。！ '])('no empty pieces for %j', (input) => {
    const pieces = splitForSpeech(input);
    expect(pieces.every((p) => p.trim() !== '')).toBe(true);
    expectWellFormed(input, pieces);
  });
});

describe('splitForSpeech: long pieces', () => {
  it('splits a clause over 60 characters at the last comma within the limit', () => {
    const first = '根据山东省残疾人就业促进政策的有关规定，'; // 20
    const second = '符合条件的用人单位可以申请岗位补贴和社会保险补贴，'; // 24
    const third = '具体金额请咨询社区就业驿站工作人员或者拨打服务热线电话进行查询'; // 31
    const input = first + second + third + '。';
    const pieces = splitForSpeech(input);
    expect(pieces).toEqual([first + second, `${third}。`]);
    expectWellFormed(input, pieces);
  });

  it('splits long English at a space', () => {
    const input =
      'Please bring your identity card and your disability certificate when you come to the interview next week';
    const pieces = splitForSpeech(input, 40);
    expectWellFormed(input, pieces, 40);
    expect(pieces[0]).toBe('Please bring your identity card and your');
    // Words stay whole.
    expect(pieces.join(' ')).toBe(input);
  });

  it('does not break 3.5, 1,000 or 10:30 at their punctuation', () => {
    const input = '甲乙丙丁戊己庚辛壬癸1,000元10:30开始3.5小时甲乙丙丁戊己庚辛壬癸';
    const pieces = splitForSpeech(input, 16);
    expectWellFormed(input, pieces, 16);
    const joined = pieces.join('|');
    expect(joined).not.toMatch(/1,\|000|10:\|30|1\|,000|10\|:30|3\|\.5|3\.\|5/u);
  });

  it('hard-splits text with no break, but not inside an ASCII word', () => {
    // "Enter" spans characters 57–61, across the 60-character limit.
    const input = `${'很'.repeat(57)}Enter${'好'.repeat(20)}`;
    const pieces = splitForSpeech(input);
    expectWellFormed(input, pieces);
    expect(pieces[0]).toBe('很'.repeat(57));
    expect(pieces[1]?.startsWith('Enter')).toBe(true);
  });

  it('hard-splits at maxChars when there is nothing better', () => {
    const input = '好'.repeat(130);
    const pieces = splitForSpeech(input);
    expect(pieces).toEqual(['好'.repeat(60), '好'.repeat(60), '好'.repeat(10)]);
  });

  it('splits an ASCII run longer than maxChars when unavoidable', () => {
    const input = 'a'.repeat(25);
    const pieces = splitForSpeech(input, 10);
    expect(pieces).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });

  it('counts an Extension B character once and never splits it', () => {
    const input = '𠀀'.repeat(61);
    const pieces = splitForSpeech(input);
    expect(pieces).toEqual(['𠀀'.repeat(60), '𠀀']);
  });

  it('keeps pieces within the limit and the text intact for a long mixed paragraph', () => {
    const input =
      '欢迎使用社区就业驿站自助服务终端，本终端为残疾人朋友提供岗位查询、培训报名、政策咨询等服务，' +
      '如需帮助请按帮助键，Press Help for more information, or press Back to return to the previous screen. ' +
      '岗位编号A1024，月薪3,500元，工作时间8:30至17:00，地址：济南市历下区解放路100号' +
      '\n谢谢！';
    const pieces = splitForSpeech(input);
    expectWellFormed(input, pieces);
    expect(pieces.at(-1)).toBe('谢谢！');
  });

  it('throws on a maxChars that is not a positive whole number (a bug)', () => {
    expect(() => splitForSpeech('你好', 0)).toThrow(RangeError);
    expect(() => splitForSpeech('你好', 2.5)).toThrow(RangeError);
  });
});
