import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/openDatabase.js';
import { createSettingsStore, defaultStationConfig } from '../../../electron/store/settingsStore.js';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';

function storeWith(rows: Record<string, unknown>) {
  const opened = openDatabase(':memory:');
  if (!opened.ok) throw new Error(opened.error.code);
  const insert = opened.value.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'now')`);
  for (const [key, value] of Object.entries(rows)) insert.run(key, JSON.stringify(value));
  return createSettingsStore(opened.value);
}

describe('settings store', () => {
  it('keeps every valid stored field and replaces only the bad ones with defaults', () => {
    const store = storeWith({
      'station.public': { stationName: '历下区姚家街道就业驿站', stationPhone: '0531-8888 1234', idleTimeoutSeconds: 5, defaultTheme: 'neon' },
      'sync.settings': { retentionDays: 7, catalogRefreshMinutes: 'often' },
    });
    expect(store.stationConfig()).toEqual({
      ...defaultStationConfig,
      stationName: '历下区姚家街道就业驿站',
      stationPhone: '0531-8888 1234',
    });
    expect(store.syncSettings()).toEqual({ ...defaultSyncSettings, retentionDays: 7 });
  });

  it('falls back to the defaults for a row that is not an object at all', () => {
    const store = storeWith({ 'station.public': ['not', 'an', 'object'], 'sync.settings': 42 });
    expect(store.stationConfig()).toEqual(defaultStationConfig);
    expect(store.syncSettings()).toEqual(defaultSyncSettings);
  });

  it('reads back what it saved', () => {
    const store = storeWith({});
    const config = { ...defaultStationConfig, stationName: '菏泽市如康家园', idleTimeoutSeconds: 300 };
    store.saveStationConfig(config, new Date());
    expect(store.stationConfig()).toEqual(config);
  });
});
