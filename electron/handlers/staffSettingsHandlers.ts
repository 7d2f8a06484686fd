import { parseCentralBaseUrl } from '../../shared/central/endpoint.js';
import { StationPublicConfigSchema, type StationPublicConfig } from '../../shared/contract/appSchemas.js';
import type { StaffSettingsDraft } from '../../shared/contract/staffSchemas.js';
import { kioskError, type FieldError } from '../../shared/errors.js';
import { defaultKeyBindings, keypadActions, type KeyBindingOverrides } from '../../shared/keypad/keypadActions.js';
import { err, ok } from '../../shared/result.js';
import { checkStaffSettings } from '../../shared/staff/checkStaffSettings.js';
import type { EventBus } from '../events/eventBus.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { CentralCredentialsStore } from '../store/centralCredentialsStore.js';
import type { PrinterSettingsStore } from '../store/printerSettingsStore.js';
import type { SettingsStore } from '../store/settingsStore.js';
import type { SyncService } from '../sync/syncService.js';
import { changedPaths } from '../staff/settingsChanges.js';
import type { StaffGate } from '../staff/staffGate.js';

type StaffSettingsHandlers = Pick<ChannelHandlers, 'staff.settings' | 'staff.saveSettings'>;

/** Only what differs from the default keys is stored, so a later change of a default still reaches the station. */
function overridesOnly(bindings: StaffSettingsDraft['station']['keyBindings']): KeyBindingOverrides {
  const overrides: Partial<Record<(typeof keypadActions)[number], string[]>> = {};
  for (const action of keypadActions) {
    const keys = bindings[action];
    if (keys !== undefined && JSON.stringify(keys) !== JSON.stringify(defaultKeyBindings[action])) overrides[action] = [...new Set(keys)];
  }
  return overrides;
}

type CentralChange = { readonly baseUrl: string; readonly stationId: string; readonly secret: string } | FieldError | undefined;

/** The connection to provision, nothing when unchanged, or a field error when the stored secret cannot be reused. */
function centralChange(draft: StaffSettingsDraft['central'], credentials: Pick<CentralCredentialsStore, 'describe' | 'load'>): CentralChange {
  const stored = credentials.describe();
  const url = parseCentralBaseUrl(draft.baseUrl.trim());
  // Stored addresses are normalised the same way ("https://x.cn" → "https://x.cn/"), so they compare equal.
  const baseUrl = url.ok ? url.value.toString() : draft.baseUrl.trim();
  const stationId = draft.stationId.trim();
  if (stored === null && baseUrl === '' && stationId === '' && draft.secret === '') return undefined;
  if (stored !== null && draft.secret === '' && baseUrl === stored.baseUrl && stationId === stored.stationId) return undefined;
  if (draft.secret !== '') return { baseUrl, stationId, secret: draft.secret };
  const loaded = credentials.load();
  return loaded.ok ? { baseUrl, stationId, secret: loaded.value.secret } : { path: 'central.secret', messageKey: 'staff.errors.secretMissing' };
}

/**
 * Station settings in staff mode (issue #8). The secret is write-only: `staff.settings` says only whether
 * one is stored. A save is checked field by field first; then everything applies at once, without a
 * restart: the renderer gets the new station config as an event, the forwarder reads its settings every cycle.
 */
export function createStaffSettingsHandlers(deps: {
  /** Only for the audit log: the router checked the session before any handler here runs (issue #14). */
  gate: Pick<StaffGate, 'record'>;
  settings: SettingsStore;
  printers: PrinterSettingsStore;
  credentials: Pick<CentralCredentialsStore, 'describe' | 'load'>;
  sync: Pick<SyncService, 'provision'>;
  events: EventBus;
  listPrinters: () => Promise<string[]>;
  clock: () => Date;
}): StaffSettingsHandlers {
  const { gate, settings, clock } = deps;
  const current = () => ({
    station: settings.stationConfig(),
    sync: settings.syncSettings(),
    printer: deps.printers.printer(),
    central: deps.credentials.describe(),
  });
  return {
    'staff.settings': async () => {
      return ok({ ...current(), printers: (await deps.listPrinters()).slice(0, 50) });
    },
    'staff.saveSettings': ({ settings: draft }, session) => {
      const before = current();
      const problems = checkStaffSettings(draft, { hasCentralSecret: before.central?.hasSecret ?? false });
      if (problems.length > 0) return err(kioskError('invalid_input', problems));
      const change = centralChange(draft.central, deps.credentials);
      if (change !== undefined && 'path' in change) return err(kioskError('invalid_input', [change]));
      if (change !== undefined) {
        const provisioned = deps.sync.provision(change);
        // checkStaffSettings ran the same checks, so this is a safety net rather than an expected path.
        if (!provisioned.ok) return err(kioskError('invalid_input', [{ path: 'central.baseUrl', messageKey: 'staff.errors.centralUrlInvalid' }]));
      }
      const now = clock();
      const station: StationPublicConfig = StationPublicConfigSchema.parse({
        ...draft.station,
        stationName: draft.station.stationName.trim(),
        keyBindings: overridesOnly(draft.station.keyBindings),
      });
      settings.saveStationConfig(station, now);
      settings.saveSyncSettings(draft.sync, now);
      deps.printers.save(draft.printer, now);
      const after = current();
      const changed = changedPaths({ ...before, central: null }, { ...after, central: null });
      if (change !== undefined) {
        if (change.baseUrl !== before.central?.baseUrl) changed.push('central.baseUrl');
        if (change.stationId !== before.central?.stationId) changed.push('central.stationId');
        if (draft.central.secret !== '') changed.push('central.secret');
      }
      gate.record(session, 'staff.settings_saved', { changed: changed.join(',') });
      deps.events.publish({ type: 'station', station });
      return ok({ station });
    },
  };
}
