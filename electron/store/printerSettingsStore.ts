import { z } from 'zod';
import { PrinterSettingsSchema, type PrinterSettings } from '../../shared/contract/staffSchemas.js';
import type { KioskDatabase } from './openDatabase.js';

const PRINTER_KEY = 'station.printer';
export const defaultPrinterSettings: PrinterSettings = { deviceName: '' };

export type PrinterSettingsStore = {
  printer(): PrinterSettings;
  save(settings: PrinterSettings, now: Date): void;
};

/** Which printer receipts and reports go to; read at every print, so a change applies at once. */
export function createPrinterSettingsStore(db: KioskDatabase): PrinterSettingsStore {
  return {
    printer() {
      const row = z.object({ value: z.string() }).optional().parse(db.prepare('SELECT value FROM settings WHERE key = ?').get(PRINTER_KEY));
      if (row === undefined) return defaultPrinterSettings;
      const parsed = PrinterSettingsSchema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : defaultPrinterSettings;
    },
    save(settings, now) {
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(PRINTER_KEY, JSON.stringify(PrinterSettingsSchema.parse(settings)), now.toISOString());
    },
  };
}
