import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { enEasyRead } from '../../../renderer/i18n/locales/easyRead.js';
import { en } from '../../../renderer/i18n/locales/en.js';
import { messageEntries } from './messageTree.js';

// English screens must not show Chinese punctuation (issue #13). Besides looking wrong, the UI font is
// Noto Sans SC, which draws these marks full-width, and English TTS reads some of them oddly or not at all.
// The curly double quotes are in the list for the same reason: in that font they are the wide CJK forms.
const CHINESE_PUNCTUATION = /[。，、；：（）“”！？]/gu;

/** A Chinese name quoted inside English text, e.g. the app name “爱山东”, may keep its Chinese quotes. */
const QUOTED_CHINESE_NAME = /“\p{Script=Han}+”/gu;

/**
 * English strings (plain or easy-read) owned by another change that still have Chinese punctuation. Each entry
 * names its owner; remove it when they fix the string (the test below fails if an entry is no longer needed).
 */
const PENDING_KEYS: readonly string[] = [
  // The job contact change (jobs.detail.contact* are theirs): “{{action}}” should use ASCII quotes.
  'jobs.detail.contactStation',
];

/** Files that read Chinese punctuation (to split or trim speech) rather than write it. */
const PARSERS: readonly string[] = ['renderer/a11y/speech/splitSentences.ts', 'renderer/a11y/focus/describeItem.ts'];

function chinesePunctuationIn(value: string): string[] {
  return Array.from(value.replace(QUOTED_CHINESE_NAME, '').matchAll(CHINESE_PUNCTUATION), (match) => match[0]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/u.test(name) ? [path] : [];
  });
}

/** A line with its comments removed: comments may quote Chinese text ("找工作，按钮，第1项"). */
function codeOf(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*') || trimmed.startsWith('{/*')) return '';
  return line.replace(/\{?\/\*.*?\*\/\}?/gu, '').replace(/(^|[^:])\/\/.*$/u, '$1');
}

const englishStrings = [
  ...messageEntries(en).map((entry) => ({ ...entry, where: 'en' })),
  ...messageEntries(enEasyRead).map((entry) => ({ ...entry, where: 'en easy-read' })),
];

describe('English text has no Chinese punctuation', () => {
  it('walks every English string', () => {
    expect(englishStrings.length).toBeGreaterThan(500);
  });

  it('in the en locale and its easy-read version', () => {
    const found = englishStrings
      .filter((entry) => !PENDING_KEYS.includes(entry.key))
      .flatMap((entry) => {
        const marks = chinesePunctuationIn(entry.value);
        return marks.length === 0 ? [] : [`${entry.where} ${entry.key}: ${marks.join(' ')} in "${entry.value}"`];
      });
    expect(found).toEqual([]);
  });

  it('lists only pending keys that still need it', () => {
    const stillNeeded = (key: string): boolean => englishStrings.some((entry) => entry.key === key && chinesePunctuationIn(entry.value).length > 0);
    expect(PENDING_KEYS.filter((key) => !stillNeeded(key))).toEqual([]);
  });

  it('allows a quoted Chinese name and nothing more', () => {
    expect(chinesePunctuationIn('Apply on “爱山东” or at the station.')).toEqual([]);
    expect(chinesePunctuationIn('Touch “Home”.')).toEqual(['“', '”']);
    expect(chinesePunctuationIn('Course：Massage（online）')).toEqual(['：', '（', '）']);
  });

  it('in code: text is joined with translated separators (common.*), not fixed Chinese marks', () => {
    const found = sourceFiles(join(projectRoot, 'renderer'))
      .map((path) => relative(projectRoot, path).split('\\').join('/'))
      .filter((file) => !file.startsWith('renderer/i18n/locales/') && !PARSERS.includes(file))
      .flatMap((file) =>
        readFileSync(join(projectRoot, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (chinesePunctuationIn(codeOf(line)).length === 0 ? [] : [`${file}:${index + 1}: ${line.trim()}`])),
      );
    expect(found).toEqual([]);
  });
});
