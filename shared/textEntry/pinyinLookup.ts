import type { PinyinDictionary } from './pinyinDictionary.js';
import { keysOfLetters } from './phoneKeys.js';

/** What tells a character apart by ear: its two parts ("弓长张") or a word it is used in ("明天的明"). */
export type CharacterHint = { readonly kind: 'parts' | 'word'; readonly text: string };

export type PinyinLookup = {
  /**
   * Syllables the keys spell exactly, then longer ones they start, most used first; with surnameFirst,
   * syllables of common surnames first (94264 is both zhang and xiang: 张 is the commoner surname).
   */
  syllablesFor(keys: string, options?: { surnameFirst?: boolean }): string[];
  /** True when some syllable starts with these keys (a key that leads nowhere is refused). */
  hasSyllableStartingWith(keys: string): boolean;
  /** Characters read this way, most used first; with surnameFirst, the surnames read this way lead. */
  charactersFor(syllable: string, options?: { surnameFirst?: boolean }): string[];
  hintFor(character: string, syllable: string): CharacterHint | undefined;
  /** The most common reading of a character, for read-back and initials. */
  syllableOf(character: string): string | undefined;
  /**
   * The phone key of each character's first pinyin letter, for keypad initials search: 保洁 → "25".
   * Letters and digits keep their own key; anything else (punctuation, spaces) is dropped.
   */
  initialKeys(text: string): string;
};

export function createPinyinLookup(dictionary: PinyinDictionary): PinyinLookup {
  const syllables = Object.keys(dictionary.syllables);
  // A character's main reading is the one under which it ranks highest (长: cháng before zhǎng).
  const readingOf = new Map<string, { syllable: string; rank: number }>();
  for (const syllable of syllables) {
    Array.from(dictionary.syllables[syllable] ?? '').forEach((character, rank) => {
      const known = readingOf.get(character);
      if (known === undefined || rank < known.rank) readingOf.set(character, { syllable, rank });
    });
  }
  const keysOf = new Map<string, string>();
  for (const syllable of syllables) {
    const keys = keysOfLetters(syllable);
    if (keys !== undefined) keysOf.set(syllable, keys);
  }
  // The dictionary lists syllables most used first, and surname syllables by their commonest surname.
  const usageOrder = new Map(syllables.map((syllable, index) => [syllable, index]));
  const surnameOrder = new Map(Object.keys(dictionary.surnames).map((syllable, index) => [syllable, index]));

  return {
    syllablesFor(keys, options = {}) {
      if (keys === '') return [];
      const exact: string[] = [];
      const longer: string[] = [];
      for (const [syllable, syllableKeys] of keysOf) {
        if (syllableKeys === keys) exact.push(syllable);
        else if (syllableKeys.startsWith(keys)) longer.push(syllable);
      }
      const order = (syllable: string): number =>
        (options.surnameFirst === true ? (surnameOrder.get(syllable) ?? surnameOrder.size) * usageOrder.size : 0) + (usageOrder.get(syllable) ?? 0);
      const byUse = (a: string, b: string): number => order(a) - order(b);
      return [...exact.sort(byUse), ...longer.sort(byUse)];
    },
    hasSyllableStartingWith(keys) {
      for (const syllableKeys of keysOf.values()) if (syllableKeys.startsWith(keys)) return true;
      return false;
    },
    charactersFor(syllable, options = {}) {
      const all = Array.from(dictionary.syllables[syllable] ?? '');
      if (options.surnameFirst !== true) return all;
      const surnames = Array.from(dictionary.surnames[syllable] ?? '');
      return [...surnames, ...all.filter((character) => !surnames.includes(character))];
    },
    hintFor(character, syllable) {
      const hint = dictionary.hints[`${character}${syllable}`];
      if (hint === undefined) return undefined;
      return { kind: hint.startsWith('p:') ? 'parts' : 'word', text: hint.slice(2) };
    },
    syllableOf(character) {
      return readingOf.get(character)?.syllable;
    },
    initialKeys(text) {
      let keys = '';
      for (const character of text.toLowerCase()) {
        if (/[0-9]/.test(character)) keys += character;
        else keys += keysOfLetters(readingOf.get(character)?.syllable.charAt(0) ?? character) ?? '';
      }
      return keys;
    },
  };
}
