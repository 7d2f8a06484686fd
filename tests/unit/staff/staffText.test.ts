import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/locales/en.js';
import { zhCN } from '../../../renderer/i18n/locales/zh-CN.js';
import { describeReason, localizeFieldError } from '../../../renderer/screens/staff/staffText.js';
import { translateMessage } from '../../../renderer/i18n/translateMessage.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('staff texts', () => {
  it('says why an item was refused or waits, in words, keeping the code', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(describeReason('central:closed', t)).toBe('已经截止或下架（central:closed）');
    expect(describeReason('central:http_422', t)).toBe('中心平台返回错误 422（central:http_422）');
    expect(describeReason('local:missing', t)).toBe('本机找不到这条信息（local:missing）');
    expect(describeReason('network', t)).toBe('网络不通（network）');
    expect(describeReason('central:something_new', t)).toBe('其他原因（central:something_new）');
    expect(describeReason('central:closed', i18n.getFixedT('en'))).toBe('closed or withdrawn (central:closed)');
  });

  it('names keypad actions in key-map errors the way the form labels them', () => {
    const t = i18n.getFixedT('zh-CN');
    const error = localizeFieldError(
      { path: 'station.keyBindings.help', messageKey: 'staff.errors.keyDuplicate', params: { action: 'help', key: 'Enter', other: 'select' } },
      t,
    );
    expect(translateMessage(t, error.messageKey, error.params)).toBe('键盘按键：“Enter”键已经用于“确认”，不能再用于“帮助”。');
    const plain = { path: 'station.idleTimeoutSeconds', messageKey: 'staff.errors.idleTimeout', params: { min: 30, max: 1800 } };
    expect(localizeFieldError(plain, t)).toEqual(plain);
  });
});
