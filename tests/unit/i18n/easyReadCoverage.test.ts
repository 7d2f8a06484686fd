import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { enEasyRead, zhCNEasyRead } from '../../../renderer/i18n/locales/easyRead.js';
import { en } from '../../../renderer/i18n/locales/en.js';
import { zhCN } from '../../../renderer/i18n/locales/zh-CN.js';
import { EASY_READ_PREFIXES, EASY_READ_SCREEN_DIRS, PENDING_PREFIXES } from './easyReadPrefixes.js';
import { isUnder, messageAt, messageEntries, placeholders } from './messageTree.js';

// Easy-read mode is a namespace over the plain text (renderer/i18n/i18n.ts): a key it lacks silently
// falls back to the plain wording. These checks make the fallback a deliberate choice, not an accident.

/** Text with no words once the placeholders are gone ("{{title}}：{{verdict}}", "；") has nothing to simplify. */
function hasWords(value: string): boolean {
  return /\p{L}/u.test(value.replace(/\{\{[^}]*\}\}/gu, ''));
}

const covered = (key: string): boolean => EASY_READ_PREFIXES.some((prefix) => isUnder(key, prefix));
const pending = (key: string): boolean => PENDING_PREFIXES.some((prefix) => isUnder(key, prefix));
const plainEntries = messageEntries(zhCN);
const required = plainEntries.filter((entry) => covered(entry.key) && !pending(entry.key) && hasWords(entry.value));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/u.test(name) ? [path] : [];
  });
}

/** The keys (or, for `subsidies.detail.channels.${channel}`, the fixed start of them) passed to t() in a folder. */
function keysUsedIn(dir: string): { key: string; file: string }[] {
  return sourceFiles(join(projectRoot, dir)).flatMap((path) =>
    Array.from(readFileSync(path, 'utf8').matchAll(/\bt\(\s*['`]([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)/gu), (match) => ({
      key: match[1] ?? '',
      file: relative(projectRoot, path),
    })),
  );
}

describe('easy-read coverage', () => {
  it('has keys to check, and every pending prefix is a covered one', () => {
    expect(required.length).toBeGreaterThan(100);
    expect(PENDING_PREFIXES.filter((prefix) => !EASY_READ_PREFIXES.includes(prefix))).toEqual([]);
  });

  it('names only prefixes that exist, so a renamed key cannot slip out of coverage', () => {
    expect(EASY_READ_PREFIXES.filter((prefix) => !plainEntries.some((entry) => isUnder(entry.key, prefix)))).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCNEasyRead],
    ['en', enEasyRead],
  ] as const)('%s easy-read has every covered key', (_language, easyRead) => {
    expect(required.filter((entry) => messageAt(easyRead, entry.key) === undefined).map((entry) => entry.key)).toEqual([]);
  });

  it('covers every key the subsidy, training, job-interest and form screens use', () => {
    const used = EASY_READ_SCREEN_DIRS.flatMap(keysUsedIn);
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter(({ key }) => !covered(key))).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCNEasyRead, zhCN],
    ['en', enEasyRead, en],
  ] as const)('%s easy-read entries replace a plain key and use only its placeholders', (_language, easyRead, plain) => {
    const problems = messageEntries(easyRead).flatMap(({ key, value }) => {
      const original = messageAt(plain, key);
      if (original === undefined) return [`${key}: no plain text to replace`];
      const unknown = placeholders(value).filter((name) => !placeholders(original).includes(name));
      return unknown.length === 0 ? [] : [`${key}: {{${unknown.join('}}, {{')}}} is not in the plain text`];
    });
    expect(problems).toEqual([]);
  });
});
