import { PinyinDictionarySchema } from '../../../shared/textEntry/pinyinDictionary.js';
import { createPinyinLookup, type PinyinLookup } from '../../../shared/textEntry/pinyinLookup.js';

let loading: Promise<PinyinLookup> | undefined;

/**
 * The pinyin dictionary is a separate chunk (about 70 KB gzipped), fetched the first time a text field
 * appears, so it never weighs on start-up (the renderer budget is for the first screen).
 */
export function loadPinyinLookup(): Promise<PinyinLookup> {
  loading ??= import('../../../assets/textEntry/pinyin-dictionary.json').then((module) => createPinyinLookup(PinyinDictionarySchema.parse(module.default)));
  return loading;
}
