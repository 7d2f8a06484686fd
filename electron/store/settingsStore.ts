import { z } from 'zod';
import { StationPublicConfigSchema, type StationPublicConfig } from '../../shared/contract/appSchemas.js';
import type { KioskDatabase } from './openDatabase.js';
import { defaultStationConfig } from '../../shared/station/defaultStationConfig.js';

export { defaultStationConfig } from '../../shared/station/defaultStationConfig.js';

const STATION_KEY = 'station.public';

export type SettingsStore = {
  stationConfig(): StationPublicConfig;
  saveStationConfig(config: StationPublicConfig, now: Date): void;
};

export function createSettingsStore(db: KioskDatabase): SettingsStore {
  const read = db.prepare('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    stationConfig() {
      const row = z.object({ value: z.string() }).optional().parse(read.get(STATION_KEY));
      if (row === undefined) return defaultStationConfig;
      // A row that no longer matches the schema (hand-edited, older build) falls back to defaults field by field.
      const stored = StationPublicConfigSchema.partial().safeParse(JSON.parse(row.value));
      return stored.success ? { ...defaultStationConfig, ...stored.data } : defaultStationConfig;
    },
    saveStationConfig(config, now) {
      write.run(STATION_KEY, JSON.stringify(StationPublicConfigSchema.parse(config)), now.toISOString());
    },
  };
}
