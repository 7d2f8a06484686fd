import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { en } from '../../../renderer/i18n/locales/en.js';
import { zhCN } from '../../../renderer/i18n/locales/zh-CN.js';
import { disabilityCardErrorReasons } from '../../../shared/domain/disabilityCard.js';
import { idNumberErrorReasons } from '../../../shared/domain/idNumber.js';
import { personNameErrorReasons } from '../../../shared/domain/personalText.js';
import { mobileNumberErrorReasons } from '../../../shared/domain/phone.js';
import { errorCodes } from '../../../shared/errors.js';
import { staffSettingsErrorKeys } from '../../../shared/staff/checkStaffSettings.js';
import { pinProblems } from '../../../shared/staff/pinRules.js';

// Every message key the host or the shared checks can send must exist in both languages,
// or a resident would see a raw key instead of a translated, field-named error.
function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Host errors live under errors.*; staff mode's field messages under staff.errors.* (issue #8).
const literalKeys = [...new Set(
  ['electron', 'shared'].flatMap((dir) => sourceFiles(join(projectRoot, dir))).flatMap((file) => Array.from(readFileSync(file, 'utf8').matchAll(/'((?:staff\.)?errors\.[A-Za-z_.]+[A-Za-z_])'/g), (match) => match[1] ?? '')),
)];

const enumeratedKeys = [
  ...errorCodes.map((code) => `errors.${code}`),
  ...personNameErrorReasons.map((reason) => `errors.name.${reason}`),
  ...mobileNumberErrorReasons.map((reason) => `errors.phone.${reason}`),
  ...idNumberErrorReasons.map((reason) => `errors.idNumber.${reason}`),
  ...disabilityCardErrorReasons.map((reason) => `errors.disabilityCard.${reason}`),
  'errors.training.too_young',
  'errors.training.too_old',
  ...pinProblems.map((problem) => `staff.errors.pin.${problem}`),
  ...staffSettingsErrorKeys.map((key) => `staff.errors.${key}`),
];

describe('message keys', () => {
  it('finds the keys the host uses', () => {
    expect(literalKeys.length).toBeGreaterThan(10);
  });

  it.each([...literalKeys, ...enumeratedKeys])('%s exists in zh-CN and en', (key) => {
    expect(typeof lookup(zhCN, key), `zh-CN ${key}`).toBe('string');
    expect(typeof lookup(en, key), `en ${key}`).toBe('string');
  });
});
