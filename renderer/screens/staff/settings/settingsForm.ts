import type { StaffSettings, StaffSettingsDraft } from '../../../../shared/contract/staffSchemas.js';
import { keypadActions, mergeKeyBindings, type KeypadAction } from '../../../../shared/keypad/keypadActions.js';
import type { StationPublicConfig } from '../../../../shared/contract/appSchemas.js';

/** The settings form as typed: numbers and key lists stay text until saved, so a half-typed value is kept. */
export type SettingsForm = {
  readonly stationName: string;
  readonly stationPhone: string;
  readonly districtCode: string;
  readonly baseUrl: string;
  readonly stationId: string;
  /** Write-only: always starts empty; empty keeps the stored secret. */
  readonly secret: string;
  readonly idleTimeoutSeconds: string;
  readonly defaultLanguage: StationPublicConfig['defaultLanguage'];
  readonly defaultTextSize: StationPublicConfig['defaultTextSize'];
  readonly defaultTheme: StationPublicConfig['defaultTheme'];
  readonly speechEngine: StationPublicConfig['speechEngine'];
  readonly doubleStrikeMs: string;
  readonly printer: string;
  readonly retentionDays: string;
  readonly catalogRefreshMinutes: string;
  /** Per action, its keys separated by spaces ("ArrowUp 8"); the space bar is written "Space". */
  readonly keys: Readonly<Record<KeypadAction, string>>;
};

const SPACE_NAME = 'Space';

export function keysToText(keys: readonly string[]): string {
  return keys.map((key) => (key === ' ' ? SPACE_NAME : key)).join(' ');
}

export function textToKeys(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) => (part === SPACE_NAME ? ' ' : part));
}

/** Whole numbers only; anything else becomes NaN, which the shared check reports as out of range. */
function wholeNumber(text: string): number {
  return /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

export function formFromSettings(settings: StaffSettings): SettingsForm {
  const { station, sync, printer, central } = settings;
  const bindings = mergeKeyBindings(station.keyBindings);
  return {
    stationName: station.stationName,
    stationPhone: station.stationPhone,
    districtCode: station.districtCode,
    baseUrl: central?.baseUrl ?? '',
    stationId: central?.stationId ?? '',
    secret: '',
    idleTimeoutSeconds: String(station.idleTimeoutSeconds),
    defaultLanguage: station.defaultLanguage,
    defaultTextSize: station.defaultTextSize,
    defaultTheme: station.defaultTheme,
    speechEngine: station.speechEngine,
    doubleStrikeMs: String(station.doubleStrikeMs),
    printer: printer.deviceName,
    retentionDays: String(sync.retentionDays),
    catalogRefreshMinutes: String(sync.catalogRefreshMinutes),
    keys: Object.fromEntries(keypadActions.map((action) => [action, keysToText(bindings[action])])) as Record<KeypadAction, string>,
  };
}

export function draftFromForm(form: SettingsForm): StaffSettingsDraft {
  return {
    station: {
      stationName: form.stationName,
      stationPhone: form.stationPhone.trim(),
      districtCode: form.districtCode,
      defaultLanguage: form.defaultLanguage,
      defaultTextSize: form.defaultTextSize,
      defaultTheme: form.defaultTheme,
      idleTimeoutSeconds: wholeNumber(form.idleTimeoutSeconds),
      speechEngine: form.speechEngine,
      keyBindings: Object.fromEntries(keypadActions.map((action) => [action, textToKeys(form.keys[action])])),
      doubleStrikeMs: wholeNumber(form.doubleStrikeMs),
    },
    sync: { retentionDays: wholeNumber(form.retentionDays), catalogRefreshMinutes: wholeNumber(form.catalogRefreshMinutes) },
    printer: { deviceName: form.printer },
    central: { baseUrl: form.baseUrl.trim(), stationId: form.stationId.trim(), secret: form.secret },
  };
}
