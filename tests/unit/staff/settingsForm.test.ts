import { describe, expect, it } from 'vitest';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';
import { defaultKeyBindings } from '../../../shared/keypad/keypadActions.js';
import { checkStaffSettings } from '../../../shared/staff/checkStaffSettings.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';
import { draftFromForm, formFromSettings, keysToText, textToKeys } from '../../../renderer/screens/staff/settings/settingsForm.js';
import { staffIdleSeconds } from '../../../renderer/staffMode/staffIdle.js';

const stored = {
  station: { ...defaultStationConfig, keyBindings: { help: ['F12'] } },
  sync: defaultSyncSettings,
  printer: { deviceName: '' },
  central: { baseUrl: 'https://jy.example.gov.cn/', stationId: 'JN-lixia-01', hasSecret: true },
  printers: [],
};

describe('staff settings form', () => {
  it('shows every action with its keys, the space bar as "Space", and the secret empty', () => {
    const form = formFromSettings(stored);
    expect(form.keys.help).toBe('F12');
    expect(form.keys.pause).toBe('Space Pause MediaPlayPause');
    expect(form.secret).toBe('');
    expect(form.idleTimeoutSeconds).toBe('120');
  });

  it('round-trips to the same settings, which pass the check', () => {
    const draft = draftFromForm(formFromSettings(stored));
    expect(draft.station.keyBindings).toEqual({ ...defaultKeyBindings, help: ['F12'] });
    expect(draft.station.idleTimeoutSeconds).toBe(120);
    expect(checkStaffSettings(draft, { hasCentralSecret: true })).toEqual([]);
  });

  it('turns half-typed numbers into a range error, never a guess', () => {
    const form = { ...formFromSettings(stored), idleTimeoutSeconds: '9o', retentionDays: '' };
    const draft = draftFromForm(form);
    expect(draft.station.idleTimeoutSeconds).toBeNaN();
    expect(checkStaffSettings(draft, { hasCentralSecret: true }).map((error) => error.path)).toEqual(['station.idleTimeoutSeconds', 'sync.retentionDays']);
  });

  it('reads keys separated by any spaces', () => {
    expect(textToKeys('  ArrowUp   8 Space ')).toEqual(['ArrowUp', '8', ' ']);
    expect(keysToText([' ', '+'])).toBe('Space +');
  });
});

describe('staff idle timeout', () => {
  it('is always shorter than the resident one: half of it, between 15 s and a minute', () => {
    expect([30, 45, 120, 600, 1800].map(staffIdleSeconds)).toEqual([15, 22, 60, 60, 60]);
    for (const resident of [30, 31, 100, 1800]) expect(staffIdleSeconds(resident)).toBeLessThan(resident);
  });
});
