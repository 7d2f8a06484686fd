import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/locales/en.js';
import { zhCN } from '../../../renderer/i18n/locales/zh-CN.js';
import type { StaffSettingsDraft } from '../../../shared/contract/staffSchemas.js';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';
import { KeyBindingOverridesSchema, keyBindingConflicts } from '../../../shared/keypad/keypadActions.js';
import { checkStaffSettings, staffSettingsErrorKeys } from '../../../shared/staff/checkStaffSettings.js';
import { pinProblems } from '../../../shared/staff/pinRules.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';

const draft: StaffSettingsDraft = {
  station: { ...defaultStationConfig, keyBindings: {} },
  sync: defaultSyncSettings,
  printer: { deviceName: '' },
  central: { baseUrl: 'https://jy.example.gov.cn/kiosk/', stationId: 'JN-lixia-01', secret: '' },
};

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

// Which form label each message must start with (GOV.UK: the error names the field).
const labelOf: Readonly<Record<(typeof staffSettingsErrorKeys)[number], string>> = {
  stationNameTooLong: 'staff.settings.stationName',
  stationPhone: 'staff.settings.stationPhone',
  district: 'staff.settings.district',
  idleTimeout: 'staff.settings.idleTimeout',
  doubleStrike: 'staff.settings.doubleStrike',
  retentionDays: 'staff.settings.retentionDays',
  catalogRefresh: 'staff.settings.catalogRefresh',
  printerNameTooLong: 'staff.settings.printer',
  keyMissing: 'staff.settings.keySection',
  keyTooMany: 'staff.settings.keySection',
  keyName: 'staff.settings.keySection',
  keyDuplicate: 'staff.settings.keySection',
  centralUrlMissing: 'staff.settings.baseUrl',
  centralUrlHttps: 'staff.settings.baseUrl',
  centralUrlInvalid: 'staff.settings.baseUrl',
  stationId: 'staff.settings.stationId',
  secretMissing: 'staff.settings.secret',
  secretLength: 'staff.settings.secret',
};

describe('station settings check', () => {
  it('accepts good settings, with the stored secret kept', () => {
    expect(checkStaffSettings(draft, { hasCentralSecret: true })).toEqual([]);
  });

  it('allows no central connection at all on a new kiosk, but not half of one', () => {
    const none = { ...draft, central: { baseUrl: '', stationId: '', secret: '' } };
    expect(checkStaffSettings(none, { hasCentralSecret: false })).toEqual([]);
    expect(checkStaffSettings(draft, { hasCentralSecret: false })).toEqual([{ path: 'central.secret', messageKey: 'staff.errors.secretMissing' }]);
  });

  it.each([
    ['http://jy.example.gov.cn/', 'staff.errors.centralUrlHttps'],
    ['https://user:pw@jy.example.gov.cn/', 'staff.errors.centralUrlInvalid'],
    ['jy.example.gov.cn', 'staff.errors.centralUrlInvalid'],
    ['', 'staff.errors.centralUrlMissing'],
  ])('refuses the central address %j', (baseUrl, messageKey) => {
    expect(checkStaffSettings({ ...draft, central: { ...draft.central, baseUrl } }, { hasCentralSecret: true })).toEqual([{ path: 'central.baseUrl', messageKey }]);
  });

  it('allows plain HTTP only to this computer (the reference server in tests and pilots)', () => {
    expect(checkStaffSettings({ ...draft, central: { ...draft.central, baseUrl: 'http://127.0.0.1:47900/' } }, { hasCentralSecret: true })).toEqual([]);
  });

  it.each([29, 1801, Number.NaN, 60.5])('refuses the idle timeout %s with its range', (idleTimeoutSeconds) => {
    expect(checkStaffSettings({ ...draft, station: { ...draft.station, idleTimeoutSeconds } }, { hasCentralSecret: true })).toEqual([
      { path: 'station.idleTimeoutSeconds', messageKey: 'staff.errors.idleTimeout', params: { min: 30, max: 1800 } },
    ]);
  });

  it('finds a key bound twice once the overrides are merged over the defaults', () => {
    expect(keyBindingConflicts({ help: ['Enter'] })).toEqual([{ action: 'help', key: 'Enter', other: 'select' }]);
    expect(keyBindingConflicts({ up: ['ArrowUp', 'ArrowUp'] })).toEqual([]);
    expect(keyBindingConflicts({ up: ['8'], digit8: ['F8'] })).toEqual([]);
    // The station config schema refuses the same, so a duplicate can never be stored.
    expect(KeyBindingOverridesSchema.safeParse({ help: ['Enter'] }).success).toBe(false);
    expect(checkStaffSettings({ ...draft, station: { ...draft.station, keyBindings: { help: ['Enter'] } } }, { hasCentralSecret: true })).toEqual([
      { path: 'station.keyBindings.help', messageKey: 'staff.errors.keyDuplicate', params: { action: 'help', key: 'Enter', other: 'select' } },
    ]);
  });

  it('has every message in both languages, each starting with the name of its field', () => {
    for (const key of staffSettingsErrorKeys) {
      for (const messages of [zhCN, en]) {
        const message = lookup(messages, `staff.errors.${key}`);
        const label = String(lookup(messages, labelOf[key])).split(/[（(]/)[0]?.trim() ?? '';
        expect(typeof message, key).toBe('string');
        expect(String(message).startsWith(label), `${key}: "${String(message)}" names "${label}"`).toBe(true);
      }
    }
    for (const problem of pinProblems) {
      expect(lookup(zhCN, `staff.errors.pin.${problem}`)).toMatch(/^工作人员密码：/);
      expect(lookup(en, `staff.errors.pin.${problem}`)).toMatch(/^Staff PIN: /);
    }
  });
});
