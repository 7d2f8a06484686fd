import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared/contract/events.js';
import type { StaffSettingsDraft } from '../../../shared/contract/staffSchemas.js';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';
import { en } from '../../../renderer/i18n/locales/en.js';
import { zhCN } from '../../../renderer/i18n/locales/zh-CN.js';
import { signInStaff } from '../../support/staffSession.js';
import { startTestHost } from '../../support/testHost.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const goodDraft: StaffSettingsDraft = {
  station: { ...defaultStationConfig, keyBindings: {} },
  sync: defaultSyncSettings,
  printer: { deviceName: '' },
  central: { baseUrl: '', stationId: '', secret: '' },
};

function withStation(changes: Partial<StaffSettingsDraft['station']>, central: Partial<StaffSettingsDraft['central']> = {}): StaffSettingsDraft {
  return { ...goodDraft, station: { ...goodDraft.station, ...changes }, central: { ...goodDraft.central, ...central } };
}

function message(messages: unknown, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof found !== 'string') throw new Error(`no message ${key}`);
  return found;
}

async function staffHost() {
  const kiosk = startTestHost();
  cleanups.push(() => kiosk.close());
  const token = await signInStaff(kiosk.host.router);
  const events: KioskEvent[] = [];
  cleanups.push(kiosk.host.events.subscribe((event) => events.push(event)));
  return { kiosk, token, events };
}

describe('station settings in staff mode (issue #8)', () => {
  // Each case: the bad value, the field it names, its message key, and the label the form shows for that field.
  it.each([
    [
      'a non-HTTPS remote central URL',
      withStation({}, { baseUrl: 'http://jy.example.gov.cn/kiosk/', stationId: 'JN-lixia-01', secret: 'a-long-enough-secret-123' }),
      'central.baseUrl',
      'staff.errors.centralUrlHttps',
      'staff.settings.baseUrl',
    ],
    ['an idle timeout below the range', withStation({ idleTimeoutSeconds: 10 }), 'station.idleTimeoutSeconds', 'staff.errors.idleTimeout', 'staff.settings.idleTimeout'],
    ['an idle timeout above the range', withStation({ idleTimeoutSeconds: 7200 }), 'station.idleTimeoutSeconds', 'staff.errors.idleTimeout', 'staff.settings.idleTimeout'],
    ['a fractional idle timeout', withStation({ idleTimeoutSeconds: 90.5 }), 'station.idleTimeoutSeconds', 'staff.errors.idleTimeout', 'staff.settings.idleTimeout'],
    ['a key bound to two actions', withStation({ keyBindings: { help: ['Enter'] } }), 'station.keyBindings.help', 'staff.errors.keyDuplicate', 'staff.settings.keySection'],
  ])('refuses %s with an error naming the field, and saves nothing', async (_case, settings, path, messageKey, label) => {
    const { kiosk, token, events } = await staffHost();
    const before = kiosk.host.db.prepare('SELECT key, value FROM settings ORDER BY key').all();
    const answer = await kiosk.host.router.dispatch('staff.saveSettings', { token, settings });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ path, messageKey }] } });
    if (answer.ok) return;
    expect(answer.error.fields).toHaveLength(1);
    // The message begins with the field's name as the form labels it, in both languages.
    for (const messages of [zhCN, en]) {
      const fieldName = message(messages, label).split(/[（(]/)[0]?.trim() ?? '';
      expect(message(messages, messageKey).startsWith(fieldName), `${messageKey} names "${fieldName}"`).toBe(true);
    }
    expect(kiosk.host.db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual(before);
    expect(events.filter((event) => event.type === 'station')).toEqual([]);
  });

  it('names the two actions and the key in a duplicate key binding', async () => {
    const { kiosk, token } = await staffHost();
    const answer = await kiosk.host.router.dispatch('staff.saveSettings', { token, settings: withStation({ keyBindings: { rateUp: ['8', 'F5'] } }) });
    expect(answer).toMatchObject({
      ok: false,
      // Reported at the later action in the keypad's order; the message names both and the key.
      error: { fields: [{ path: 'station.keyBindings.digit8', messageKey: 'staff.errors.keyDuplicate', params: { action: 'digit8', key: '8', other: 'rateUp' } }] },
    });
  });

  it('lists every problem at once', async () => {
    const { kiosk, token } = await staffHost();
    const settings: StaffSettingsDraft = {
      station: { ...goodDraft.station, idleTimeoutSeconds: 5, doubleStrikeMs: -1, stationPhone: 'call me', districtCode: '110101', keyBindings: { select: [] } },
      sync: { retentionDays: 0, catalogRefreshMinutes: 2 },
      printer: { deviceName: '' },
      central: { baseUrl: 'ftp://x', stationId: 'a', secret: 'short' },
    };
    const answer = await kiosk.host.router.dispatch('staff.saveSettings', { token, settings });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.fields.map((field) => field.path).sort()).toEqual(
      [
        'central.baseUrl',
        'central.secret',
        'central.stationId',
        'station.districtCode',
        'station.doubleStrikeMs',
        'station.idleTimeoutSeconds',
        'station.keyBindings.select',
        'station.stationPhone',
        'sync.catalogRefreshMinutes',
        'sync.retentionDays',
      ].sort(),
    );
  });

  it('applies a good save at once: stored, announced to the renderer, and read by the next caller', async () => {
    const { kiosk, token, events } = await staffHost();
    const settings: StaffSettingsDraft = {
      ...withStation({ stationName: ' 姚家街道就业驿站 ', idleTimeoutSeconds: 45, speechEngine: 'host', keyBindings: { ...{ up: ['ArrowUp', '8'], digit8: ['F8'] } } }),
      sync: { retentionDays: 14, catalogRefreshMinutes: 30 },
      printer: { deviceName: 'Receipt-80mm' },
    };
    const answer = await kiosk.host.router.dispatch('staff.saveSettings', { token, settings });
    expect(answer.ok).toBe(true);
    const station = { ...defaultStationConfig, stationName: '姚家街道就业驿站', idleTimeoutSeconds: 45, speechEngine: 'host', keyBindings: { up: ['ArrowUp', '8'], digit8: ['F8'] } };
    expect(events).toContainEqual({ type: 'station', station });
    expect(await kiosk.host.router.dispatch('app.getInfo', {})).toMatchObject({ ok: true, value: { station } });
    expect(await kiosk.host.router.dispatch('staff.settings', { token })).toMatchObject({
      ok: true,
      value: { sync: { retentionDays: 14, catalogRefreshMinutes: 30 }, printer: { deviceName: 'Receipt-80mm' }, central: null, printers: [] },
    });
  });

  it('keeps the stored secret when the field is left empty, and refuses to clear the connection', async () => {
    const { kiosk, token } = await staffHost();
    const central = { baseUrl: 'http://127.0.0.1:9/', stationId: 'JN-lixia-01', secret: 'station-secret-0123456789' };
    expect((await kiosk.host.router.dispatch('staff.saveSettings', { token, settings: withStation({}, central) })).ok).toBe(true);
    const renamed = await kiosk.host.router.dispatch('staff.saveSettings', { token, settings: withStation({}, { ...central, stationId: 'JN-lixia-02', secret: '' }) });
    expect(renamed.ok).toBe(true);
    expect(await kiosk.host.router.dispatch('staff.settings', { token })).toMatchObject({
      ok: true,
      value: { central: { baseUrl: 'http://127.0.0.1:9/', stationId: 'JN-lixia-02', hasSecret: true } },
    });
    const cleared = await kiosk.host.router.dispatch('staff.saveSettings', { token, settings: goodDraft });
    expect(cleared).toMatchObject({
      ok: false,
      error: {
        fields: [
          { path: 'central.baseUrl', messageKey: 'staff.errors.centralUrlMissing' },
          { path: 'central.stationId', messageKey: 'staff.errors.stationId' },
        ],
      },
    });
  });
});
