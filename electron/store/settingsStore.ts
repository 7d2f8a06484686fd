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

/**
 * The stored fields that still match the schema, each checked on its own: a row written by an older
 * build or edited by hand loses only its bad fields to the defaults, not every station setting.
 */
function keepValidFields<Partial extends z.ZodType>(partial: Partial, fields: Readonly<Record<string, z.core.$ZodType>>, stored: unknown): z.infer<Partial> {
  const record = z.record(z.string(), z.unknown()).safeParse(stored);
  const kept: Record<string, unknown> = {};
  if (record.success) {
    for (const [key, field] of Object.entries(fields)) {
      const value = record.data[key];
      if (value !== undefined && z.safeParse(field, value).success) kept[key] = value;
    }
  }
  return partial.parse(kept);
}

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
      return { ...defaultStationConfig, ...keepValidFields(StationPublicConfigSchema.partial(), StationPublicConfigSchema.shape, readJson(STATION_KEY)) };
    },
    saveStationConfig(config, now) {
      write.run(STATION_KEY, JSON.stringify(StationPublicConfigSchema.parse(config)), now.toISOString());
    },
    syncSettings() {
      return { ...defaultSyncSettings, ...keepValidFields(SyncSettingsSchema.partial(), SyncSettingsSchema.shape, readJson(SYNC_KEY)) };
    },
    saveSyncSettings(settings, now) {
      write.run(SYNC_KEY, JSON.stringify(SyncSettingsSchema.parse(settings)), now.toISOString());
    },
  };
}
