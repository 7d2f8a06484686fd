import { z } from 'zod';
import { StationPublicConfigSchema, type StationPublicConfig } from '../../shared/contract/appSchemas.js';
import type { KioskDatabase } from './openDatabase.js';
import { defaultStationConfig } from '../../shared/station/defaultStationConfig.js';
import { defaultSyncSettings, SyncSettingsSchema, type SyncSettings } from '../../shared/central/syncSettings.js';

export { defaultStationConfig } from '../../shared/station/defaultStationConfig.js';

const STATION_KEY = 'station.public';
const SYNC_KEY = 'sync.settings';

export type SettingsStore = {
  stationConfig(): StationPublicConfig;
  saveStationConfig(config: StationPublicConfig, now: Date): void;
  /** Read on every forwarder cycle, so a change applies without a restart. */
  syncSettings(): SyncSettings;
  saveSyncSettings(settings: SyncSettings, now: Date): void;
};

export function createSettingsStore(db: KioskDatabase): SettingsStore {
  const read = db.prepare('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const readJson = (key: string): unknown => {
    const row = z.object({ value: z.string() }).optional().parse(read.get(key));
    return row === undefined ? undefined : JSON.parse(row.value);
  };
  return {
    stationConfig() {
      // A row that no longer matches the schema (hand-edited, older build) falls back to defaults field by field.
      const stored = StationPublicConfigSchema.partial().safeParse(readJson(STATION_KEY) ?? {});
      return stored.success ? { ...defaultStationConfig, ...stored.data } : defaultStationConfig;
    },
    saveStationConfig(config, now) {
      write.run(STATION_KEY, JSON.stringify(StationPublicConfigSchema.parse(config)), now.toISOString());
    },
    syncSettings() {
      const stored = SyncSettingsSchema.partial().safeParse(readJson(SYNC_KEY) ?? {});
      return stored.success ? { ...defaultSyncSettings, ...stored.data } : defaultSyncSettings;
    },
    saveSyncSettings(settings, now) {
      write.run(SYNC_KEY, JSON.stringify(SyncSettingsSchema.parse(settings)), now.toISOString());
    },
  };
}
