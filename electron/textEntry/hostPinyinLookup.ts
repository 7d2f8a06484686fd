import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PinyinDictionarySchema } from '../../shared/textEntry/pinyinDictionary.js';
import { createPinyinLookup, type PinyinLookup } from '../../shared/textEntry/pinyinLookup.js';
import { assetsDir } from '../config/appPaths.js';

let cached: PinyinLookup | undefined;

/**
 * The pinyin lookup the host indexes catalog text with (keypad initials search, issue #12). Read once,
 * on first use: the catalog is indexed at start or on a refresh, never on a key press.
 */
export function hostPinyinLookup(): PinyinLookup {
  cached ??= createPinyinLookup(PinyinDictionarySchema.parse(JSON.parse(readFileSync(join(assetsDir, 'textEntry', 'pinyin-dictionary.json'), 'utf8'))));
  return cached;
}
