import { parseCentralBaseUrl } from '../central/endpoint.js';
import { StationIdSchema, StationSecretSchema } from '../central/syncSettings.js';
import type { StaffSettingsDraft } from '../contract/staffSchemas.js';
import type { FieldError } from '../errors.js';
import { findDistrict } from '../geo/districts.js';
import { keyBindingConflicts, keypadActions, mergeKeyBindings } from '../keypad/keypadActions.js';

/** The ranges staff may choose from; the same numbers are in the messages. */
export const settingRanges = {
  idleTimeoutSeconds: { min: 30, max: 1800 },
  doubleStrikeMs: { min: 0, max: 2000 },
  retentionDays: { min: 1, max: 365 },
  catalogRefreshMinutes: { min: 5, max: 1440 },
} as const;

export const MAX_KEYS_PER_ACTION = 4;
const MAX_KEY_NAME = 32;
const MAX_STATION_NAME = 60;
const MAX_PRINTER_NAME = 200;
const SECRET_MIN = 16;

type Range = { readonly min: number; readonly max: number };

/** Every message this check can give, under staff.errors.* in both locales (tested). */
export const staffSettingsErrorKeys = [
  'stationNameTooLong', 'stationPhone', 'district', 'idleTimeout', 'doubleStrike', 'retentionDays', 'catalogRefresh',
  'printerNameTooLong', 'keyMissing', 'keyTooMany', 'keyName', 'keyDuplicate', 'centralUrlMissing', 'centralUrlHttps',
  'centralUrlInvalid', 'stationId', 'secretMissing', 'secretLength',
] as const;
type StaffSettingsErrorKey = (typeof staffSettingsErrorKeys)[number];

function fieldError(path: string, key: StaffSettingsErrorKey, params?: Record<string, string | number>): FieldError {
  return params === undefined ? { path, messageKey: `staff.errors.${key}` } : { path, messageKey: `staff.errors.${key}`, params };
}

/**
 * Checks the station settings form. Each error names its field in its message (GOV.UK; EN 301 549
 * 5.1.3.15) and carries the dotted path of the field, so the screen can mark it. Run by the settings
 * screen before it sends, and by the host before it saves.
 */
export function checkStaffSettings(draft: StaffSettingsDraft, stored: { readonly hasCentralSecret: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, key: StaffSettingsErrorKey, params?: Record<string, string | number>): void => {
    errors.push(fieldError(path, key, params));
  };
  const inRange = (path: string, key: StaffSettingsErrorKey, value: number, range: Range): void => {
    if (!Number.isInteger(value) || value < range.min || value > range.max) add(path, key, { min: range.min, max: range.max });
  };

  // In the order the form shows the fields, so the error summary reads top to bottom like the form.
  const { station, sync, printer, central } = draft;
  if (station.stationName.trim().length > MAX_STATION_NAME) add('station.stationName', 'stationNameTooLong', { max: MAX_STATION_NAME });
  if (!/^[0-9+\- ]{0,20}$/.test(station.stationPhone)) add('station.stationPhone', 'stationPhone');
  if (findDistrict(station.districtCode) === undefined) add('station.districtCode', 'district');
  errors.push(...checkCentral(central, stored.hasCentralSecret));
  inRange('station.idleTimeoutSeconds', 'idleTimeout', station.idleTimeoutSeconds, settingRanges.idleTimeoutSeconds);
  inRange('station.doubleStrikeMs', 'doubleStrike', station.doubleStrikeMs, settingRanges.doubleStrikeMs);
  if (printer.deviceName.length > MAX_PRINTER_NAME) add('printer.deviceName', 'printerNameTooLong', { max: MAX_PRINTER_NAME });
  inRange('sync.retentionDays', 'retentionDays', sync.retentionDays, settingRanges.retentionDays);
  inRange('sync.catalogRefreshMinutes', 'catalogRefresh', sync.catalogRefreshMinutes, settingRanges.catalogRefreshMinutes);
  errors.push(...checkKeyBindings(station.keyBindings));
  return errors;
}

function checkKeyBindings(bindings: StaffSettingsDraft['station']['keyBindings']): FieldError[] {
  const errors: FieldError[] = [];
  const merged = mergeKeyBindings(bindings);
  for (const action of keypadActions) {
    const keys = merged[action];
    const path = `station.keyBindings.${action}`;
    if (keys.length === 0) errors.push(fieldError(path, 'keyMissing', { action }));
    else if (keys.length > MAX_KEYS_PER_ACTION) errors.push(fieldError(path, 'keyTooMany', { action, max: MAX_KEYS_PER_ACTION }));
    else if (keys.some((key) => key === '' || key.length > MAX_KEY_NAME)) errors.push(fieldError(path, 'keyName', { action }));
  }
  for (const conflict of keyBindingConflicts(bindings)) {
    errors.push(fieldError(`station.keyBindings.${conflict.action}`, 'keyDuplicate', { action: conflict.action, key: conflict.key, other: conflict.other }));
  }
  return errors;
}

/** All three empty means "not connected yet", allowed only while nothing is stored. */
function checkCentral(central: StaffSettingsDraft['central'], hasSecret: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const empty = central.baseUrl.trim() === '' && central.stationId.trim() === '' && central.secret === '';
  if (empty && !hasSecret) return errors;
  const url = parseCentralBaseUrl(central.baseUrl.trim());
  if (!url.ok) {
    const key = central.baseUrl.trim() === '' ? 'centralUrlMissing' : url.error === 'https_required' ? 'centralUrlHttps' : 'centralUrlInvalid';
    errors.push(fieldError('central.baseUrl', key));
  }
  if (!StationIdSchema.safeParse(central.stationId.trim()).success) errors.push(fieldError('central.stationId', 'stationId'));
  if (central.secret === '' && !hasSecret) errors.push(fieldError('central.secret', 'secretMissing'));
  if (central.secret !== '' && !StationSecretSchema.safeParse(central.secret).success) {
    errors.push(fieldError('central.secret', 'secretLength', { min: SECRET_MIN }));
  }
  return errors;
}
