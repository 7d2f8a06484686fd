import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pinyinDictionaryUrl } from '../../../scripts/textEntry/generatePinyinDictionary.js';
import { keysOfLetters } from '../../../shared/textEntry/phoneKeys.js';
import { PinyinDictionarySchema } from '../../../shared/textEntry/pinyinDictionary.js';
import {
  CANDIDATES_PER_PAGE,
  initialPinyinEntry,
  stepPinyinEntry,
  type PinyinEntryInput,
  type PinyinEntryOptions,
  type PinyinEntryOutcome,
  type PinyinEntryState,
} from '../../../shared/textEntry/pinyinEntry.js';
import { createPinyinLookup } from '../../../shared/textEntry/pinyinLookup.js';

const lookup = createPinyinLookup(PinyinDictionarySchema.parse(JSON.parse(readFileSync(fileURLToPath(pinyinDictionaryUrl), 'utf8'))));
const nameField: PinyinEntryOptions = { mode: 'characters', maxLength: 20, surnameFirst: true };
const digit = (value: number): PinyinEntryInput => ({ kind: 'digit', digit: value });
const confirm: PinyinEntryInput = { kind: 'confirm' };
const back: PinyinEntryInput = { kind: 'back' };

function run(inputs: readonly PinyinEntryInput[], options = nameField, from = initialPinyinEntry()): { state: PinyinEntryState; outcomes: PinyinEntryOutcome[] } {
  let state = from;
  const outcomes: PinyinEntryOutcome[] = [];
  for (const input of inputs) {
    const step = stepPinyinEntry(state, input, lookup, options);
    state = step.state;
    outcomes.push(step.outcome);
  }
  return { state, outcomes };
}

const digits = (keys: string): PinyinEntryInput[] => Array.from(keys, (key) => digit(Number(key)));

/**
 * The keypad presses a resident makes for one character, found only from what the screen offers:
 * spell its reading, confirm, then page (0) until the wanted syllable and character are offered.
 */
function pressesFor(state: PinyinEntryState, character: string, syllable: string): PinyinEntryInput[] {
  const keys = keysOfLetters(syllable) ?? '';
  const presses: PinyinEntryInput[] = [...digits(keys), confirm];
  let current = run(presses, nameField, state);
  for (let guard = 0; guard < 40; guard += 1) {
    const outcome = current.outcomes[current.outcomes.length - 1];
    if (outcome?.kind === 'syllables' || outcome?.kind === 'characters') {
      const wanted = outcome.kind === 'syllables' ? syllable : character;
      const at = outcome.candidates.items.indexOf(wanted);
      const press = at === -1 ? digit(0) : digit(at + 1);
      presses.push(press);
      current = run([press], nameField, current.state);
      if (current.outcomes[0]?.kind === 'typed') return presses;
    } else {
      throw new Error(`unexpected ${JSON.stringify(outcome)} while entering ${character}`);
    }
  }
  throw new Error(`${character} (${syllable}) not offered`);
}

describe('pinyin keypad entry', () => {
  it('offers syllables for the keys, exact spellings first', () => {
    const { outcomes, state } = run([...digits('94264'), confirm]);
    expect(outcomes[0]).toEqual({ kind: 'spelled', key: 9, letters: 'wxyz', syllables: expect.any(Array) });
    const offered = outcomes[outcomes.length - 1];
    expect(offered?.kind).toBe('syllables');
    if (offered?.kind !== 'syllables') return;
    expect(offered.candidates.items.slice(0, 2).sort()).toEqual(['xiang', 'zhang']);
    expect(state.stage).toBe('syllable');
  });

  it('refuses a key that spells no syllable, and says so', () => {
    const { outcomes, state } = run(digits('9426464'));
    // zhang (94264) + 6 starts no syllable: refused and said, the keys stay as they were.
    expect(outcomes[5]).toEqual({ kind: 'noSuchSpelling', key: 6, letters: 'mno' });
    expect(outcomes[6]).toEqual({ kind: 'noSuchSpelling', key: 4, letters: 'ghi' });
    expect(state.keys).toBe('94264');
  });

  it('puts surnames first for the first character of a name, common characters after', () => {
    /** The characters offered for "li" after spelling 5 4 in a field that already holds `value`. */
    const offeredForLi = (value: string, options = nameField): readonly string[] => {
      const spelt = run([...digits('54'), confirm], options, initialPinyinEntry(value));
      const syllables = spelt.outcomes[spelt.outcomes.length - 1];
      if (syllables?.kind !== 'syllables') throw new Error('expected syllables');
      const characters = run([digit(syllables.candidates.items.indexOf('li') + 1)], options, spelt.state).outcomes[0];
      if (characters?.kind !== 'characters') throw new Error('expected characters');
      return characters.candidates.items;
    };
    expect(offeredForLi('')[0]).toBe('李');
    // The second character of the same field: ordinary frequency, 里 and 理 before 李.
    expect(offeredForLi('张').slice(0, 2)).toEqual(['里', '理']);
    // A search or free-text field never reorders for surnames.
    expect(offeredForLi('', { ...nameField, surnameFirst: false })[0]).toBe('里');
  });

  it('pages through long candidate lists with 0 and wraps round', () => {
    const start = run([...digits('54'), confirm, digit(1)]);
    const page1 = start.outcomes[start.outcomes.length - 1];
    if (page1?.kind !== 'characters') throw new Error('expected characters');
    expect(page1.candidates.items).toHaveLength(CANDIDATES_PER_PAGE);
    const page2 = run([digit(0)], nameField, start.state).outcomes[0];
    expect(page2?.kind === 'characters' && page2.candidates.page).toBe(1);
    expect(page2?.kind === 'characters' && page2.candidates.items[0]).not.toBe(page1.candidates.items[0]);
  });

  it('deletes one step at a time, then characters, then leaves the field', () => {
    const typed = run([...digits('94264'), confirm, digit(1), digit(1)]);
    expect(typed.state.value).toBe('张');
    const { outcomes, state } = run([...digits('93'), back, back, back, back], nameField, typed.state);
    expect(outcomes.slice(2).map((outcome) => outcome.kind)).toEqual(['unspelled', 'unspelled', 'deleted', 'leave']);
    expect(outcomes[4]).toEqual({ kind: 'deleted', character: '张', value: '' });
    expect(state.value).toBe('');
  });

  it('goes back from characters to syllables to spelling without losing the keys', () => {
    const { outcomes, state } = run([...digits('94264'), confirm, digit(1), back, back]);
    expect(outcomes.slice(-2).map((outcome) => outcome.kind)).toEqual(['syllables', 'unspelled']);
    expect(state).toMatchObject({ stage: 'spelling', keys: '94264', value: '' });
  });

  it('reads the field back with 1 and confirms it with Confirm when nothing is being spelt', () => {
    const { outcomes } = run([digit(1), confirm], nameField, initialPinyinEntry('张伟'));
    expect(outcomes).toEqual([{ kind: 'readBack', value: '张伟' }, { kind: 'confirmed', value: '张伟' }]);
  });

  it('answers 0 while spelling and candidate digits with nothing behind them', () => {
    expect(run([digit(0)]).outcomes[0]).toEqual({ kind: 'keysHelp' });
    const few = run([...digits('94264'), confirm]);
    const offered = few.outcomes[few.outcomes.length - 1];
    if (offered?.kind !== 'syllables') throw new Error('expected syllables');
    expect(run([digit(9)], nameField, few.state).outcomes[0]).toEqual({ kind: 'noCandidate', digit: 9 });
  });

  it('stops at the field length', () => {
    const { outcomes } = run([digit(2)], { ...nameField, maxLength: 2 }, initialPinyinEntry('张伟'));
    expect(outcomes[0]).toEqual({ kind: 'full' });
  });

  it('keeps initials as typed in search mode', () => {
    const search: PinyinEntryOptions = { mode: 'initials', maxLength: 20, surnameFirst: false };
    const { outcomes, state } = run([digit(2), digit(5), digit(1), back, confirm], search);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['initials', 'initials', 'keysHelp', 'initials', 'confirmed']);
    expect(state.value).toBe('2');
    expect(lookup.initialKeys('保洁员')).toBe('259');
  });

  // Names as they are common in Shandong (the seeds' region), entered only with keypad digits and Confirm.
  const names: readonly (readonly [string, readonly string[]])[] = [
    ['张伟', ['zhang', 'wei']],
    ['王芳', ['wang', 'fang']],
    ['李娜', ['li', 'na']],
    ['刘洋', ['liu', 'yang']],
    ['陈静', ['chen', 'jing']],
    ['杨帆', ['yang', 'fan']],
    ['赵磊', ['zhao', 'lei']],
    ['孙丽', ['sun', 'li']],
    ['周强', ['zhou', 'qiang']],
    ['吴敏', ['wu', 'min']],
    ['徐涛', ['xu', 'tao']],
    ['孔祥瑞', ['kong', 'xiang', 'rui']],
    ['孟凡华', ['meng', 'fan', 'hua']],
    ['曹建国', ['cao', 'jian', 'guo']],
    ['郭晓燕', ['guo', 'xiao', 'yan']],
    ['马玉兰', ['ma', 'yu', 'lan']],
    ['高志刚', ['gao', 'zhi', 'gang']],
    ['宋佳', ['song', 'jia']],
    ['于海波', ['yu', 'hai', 'bo']],
    ['田秀英', ['tian', 'xiu', 'ying']],
    ['韩冰', ['han', 'bing']],
    ['魏立新', ['wei', 'li', 'xin']],
    ['颜红梅', ['yan', 'hong', 'mei']],
    ['单国强', ['shan', 'guo', 'qiang']],
    ['曾庆华', ['zeng', 'qing', 'hua']],
  ];

  it.each(names)('enters %s by keypad alone', (name, syllables) => {
    let state = initialPinyinEntry();
    let presses = 0;
    Array.from(name).forEach((character, index) => {
      const inputs = pressesFor(state, character, syllables[index] ?? '');
      presses += inputs.length;
      state = run(inputs, nameField, state).state;
    });
    expect(state.value).toBe(name);
    const done = run([confirm], nameField, state).outcomes[0];
    expect(done).toEqual({ kind: 'confirmed', value: name });
    // Surnames first keeps a name short to enter: at most about 10 presses a character.
    expect(presses).toBeLessThanOrEqual(Array.from(name).length * 10);
  });
});
