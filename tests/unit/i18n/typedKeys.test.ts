/// <reference path="../../../renderer/i18n/i18next.d.ts" />
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/i18n/i18n.js';

// Typed i18n keys (issue #14): with renderer/i18n/i18next.d.ts, a misspelt or missing key is a compile error
// in the renderer. The @ts-expect-error lines below are checked by `npm run typecheck`: if keys stopped
// being typed, the directive would be unused and the type check would fail.
describe('typed i18n keys', () => {
  it('accepts real keys and the compiler refuses misspelt ones', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'zh-CN', ns: ['translation'], defaultNS: 'translation' });
    const t = instance.t;
    expect(t('subsidies.title')).toBe('查询补贴');
    // @ts-expect-error a key that does not exist
    expect(t('subsidies.titel')).toBe('subsidies.titel');
    // @ts-expect-error a whole branch is not a message
    expect(typeof t('subsidies.result.verdicts', { returnObjects: false })).toBe('string');
  });
});
