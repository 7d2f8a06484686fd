import type { ChannelName } from '../../shared/contract/channels.js';
import type { EventBus } from '../events/eventBus.js';
import { createStaffAuthHandlers } from '../handlers/staffAuthHandlers.js';
import { createStaffDashboardHandlers } from '../handlers/staffDashboardHandlers.js';
import { createStaffReportHandlers } from '../handlers/staffReportHandlers.js';
import { createStaffServiceHandlers } from '../handlers/staffServiceHandlers.js';
import { createStaffSettingsHandlers } from '../handlers/staffSettingsHandlers.js';
import { createStaffSyncHandlers } from '../handlers/staffSyncHandlers.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { AuditLog } from '../store/auditLog.js';
import type { CentralCredentialsStore } from '../store/centralCredentialsStore.js';
import type { KioskDatabase } from '../store/openDatabase.js';
import { createPrinterSettingsStore } from '../store/printerSettingsStore.js';
import { createRejectedItems } from '../store/rejectedItems.js';
import type { SettingsStore } from '../store/settingsStore.js';
import type { SubmissionStore } from '../store/submissionStore.js';
import { createStaffCalls } from '../store/staffCalls.js';
import { createStaffPinStore } from '../store/staffPinStore.js';
import type { SyncService } from '../sync/syncService.js';
import { createStaffGate, type StaffGate } from '../staff/staffGate.js';
import { createStaffSessions } from '../staff/staffSessions.js';

/** Every staff channel but the resident's own 'staff.call'. */
type StaffChannel = Exclude<Extract<ChannelName, `staff.${string}`>, 'staff.call'>;

export type StaffMode = {
  readonly handlers: Pick<ChannelHandlers, StaffChannel>;
  /** The router checks the token of every `staff: true` channel with it before the handler runs (issue #14). */
  readonly gate: StaffGate;
  /** The printer staff chose, for receipts and reports; null is the system default. */
  printerName(): string | null;
};

/** Staff mode's stores, sessions and channel handlers (issue #8), wired once by createKioskHost. */
export function createStaffMode(deps: {
  db: KioskDatabase;
  audit: AuditLog;
  events: EventBus;
  settings: SettingsStore;
  credentials: CentralCredentialsStore;
  sync: SyncService;
  /** Where a 12333 service staff record is stored (as a service_record submission). */
  submissions: SubmissionStore;
  /** A submission was stored: tell the status area and wake the forwarder. */
  onSubmitted: () => void;
  /** The shell's printers (Electron); the browser shell has none to list. */
  listPrinters?: () => Promise<string[]>;
  onOutboxChanged: () => void;
  clock: () => Date;
}): StaffMode {
  const { db, audit, clock } = deps;
  const sessions = createStaffSessions();
  const gate = createStaffGate(sessions, audit, clock);
  const printers = createPrinterSettingsStore(db);
  return {
    handlers: {
      ...createStaffAuthHandlers({ pins: createStaffPinStore(db), sessions, gate, audit, clock }),
      ...createStaffDashboardHandlers({ db, gate, calls: createStaffCalls(db, audit), sync: deps.sync, clock }),
      ...createStaffSyncHandlers({ gate, sync: deps.sync, rejected: createRejectedItems(db), onChanged: deps.onOutboxChanged, clock }),
      ...createStaffServiceHandlers({ gate, submissions: deps.submissions, clock, onSubmitted: deps.onSubmitted }),
      ...createStaffReportHandlers({ db, gate, settings: deps.settings, credentials: deps.credentials, clock }),
      ...createStaffSettingsHandlers({
        gate,
        settings: deps.settings,
        printers,
        credentials: deps.credentials,
        sync: deps.sync,
        events: deps.events,
        listPrinters: deps.listPrinters ?? (() => Promise.resolve([])),
        clock,
      }),
    },
    gate,
    printerName: () => {
      const name = printers.printer().deviceName;
      return name === '' ? null : name;
    },
  };
}
