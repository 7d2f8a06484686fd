import { describe, expect, it } from 'vitest';
import { enEasyRead } from '../../../renderer/i18n/locales/easyRead.js';
import { en } from '../../../renderer/i18n/locales/en.js';
import { messageEntries } from './messageTree.js';

// 爱山东 (Shandong's government-services platform) has one English name on every English screen (issue #13):
// the platform's own, "Ai Shandong". A resident told to look for "Aishandong" or "Love Shandong" may not
// recognise the app on their phone.
const AI_SHANDONG = 'Ai Shandong';

/** Latin spellings of 爱山东, right or wrong: Ai Shandong, AiShandong, Aishandong, AI-Shandong, iShandong, Love Shandong. */
const SPELLINGS = /\b(?:ai|i)[\s_-]*shan[\s_-]*dong\b|\blove[\s_-]*shan[\s_-]*dong\b/giu;

function misspellings(value: string): string[] {
  return Array.from(value.matchAll(SPELLINGS), (match) => match[0]).filter((spelling) => spelling !== AI_SHANDONG);
}

describe('爱山东 in English', () => {
  it('finds the wrong spellings and accepts the right one', () => {
    expect(misspellings('Apply on Ai Shandong.')).toEqual([]);
    expect(misspellings('the AiShandong app, Aishandong, AI Shandong, iShandong, Love Shandong, ai-shandong')).toEqual([
      'AiShandong',
      'Aishandong',
      'AI Shandong',
      'iShandong',
      'Love Shandong',
      'ai-shandong',
    ]);
  });

  it('names the platform somewhere, so the check has something to check', () => {
    expect(messageEntries(en).some((entry) => entry.value.includes(AI_SHANDONG))).toBe(true);
  });

  it('is always spelt "Ai Shandong" in the en locale and its easy-read version', () => {
    const found = [...messageEntries(en), ...messageEntries(enEasyRead)].flatMap((entry) =>
      misspellings(entry.value).map((spelling) => `${entry.key}: ${spelling}`),
    );
    expect(found).toEqual([]);
  });
});
