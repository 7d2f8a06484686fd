import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HostStatus } from '../../shared/contract/appSchemas.js';
import { ok, type Result } from '../../shared/result.js';
import { createEventBus, type EventBus } from '../events/eventBus.js';
import { createAppHandlers } from '../handlers/appHandlers.js';
import { createVisitHandlers } from '../handlers/visitHandlers.js';
import { createSpeechHandlers } from '../handlers/speechHandlers.js';
import { createStaffCallHandlers } from '../handlers/staffCallHandlers.js';
import { createStaffMode } from './createStaffMode.js';
import { createJobHandlers } from '../handlers/jobHandlers.js';
import { createMatchingHandlers } from '../handlers/matchingHandlers.js';
import { createJobSeekerHandlers } from '../handlers/jobSeekerHandlers.js';
import { createOpenJobs } from '../store/openJobs.js';
import { createTrainingHandlers } from '../handlers/trainingHandlers.js';
import { createIdCardHandlers } from '../handlers/idCardHandlers.js';
import { createPrintHandlers } from '../handlers/printHandlers.js';
import { createSubsidyHandlers } from '../handlers/subsidyHandlers.js';
import { createServiceContactStore } from '../store/serviceContactStore.js';
import type { IdCardReader } from '../devices/idCardReader.js';
import { createSimulatedIdCardReader } from '../devices/simulatedIdCardReader.js';
import { createPersonalDataCipher } from '../crypto/personalDataCipher.js';
import { createJobSearch } from '../store/jobSearch.js';
import { createCourseSearch, createPendingSeatCounter } from '../store/courseSearch.js';
import { createSubmissionStore, personKeyOf } from '../store/submissionStore.js';
import { createEspeakSynthesizer } from '../speech/espeakSynthesizer.js';
import { createRouter, type Router } from '../router/createRouter.js';
import { createAuditLog } from '../store/auditLog.js';
import { createCatalogStore, loadSeedCatalog } from '../store/catalogStore.js';
import { openDatabase, type KioskDatabase, type OpenDatabaseError } from '../store/openDatabase.js';
import { storageFailureOf, type StorageFailure } from '../store/storageFailure.js';
import { createDailyBackup } from '../store/dailyBackup.js';
import { createCentralCredentialsStore } from '../store/centralCredentialsStore.js';
import { createSyncService, type SyncService, type SyncTiming } from '../sync/syncService.js';
import { createSettingsStore } from '../store/settingsStore.js';
import { createVisitStore } from '../store/visitStore.js';
import type { Logger } from '../logging/logger.js';

export type KioskHostOptions = {
  readonly dataDir: string;
  readonly assetsDir: string;
  readonly version: string;
  readonly logger: Logger;
  /** 32-byte key for personal data at rest: safeStorage in Electron, a 0600 key file in the browser shell. */
  readonly personalDataKey: Buffer;
  readonly clock?: () => Date;
  /** The station's 二代身份证 reader; the Electron shell passes the real one, otherwise a simulated reader is used. */
  readonly idCardReader?: IdCardReader;
  /** Silent printing of the kiosk page (the Electron shell's webContents.print); absent in the browser shell. */
  readonly printPage?: (deviceName: string | null) => Promise<boolean>;
  /** The printers staff can choose from (the Electron shell's); absent in the browser shell. */
  readonly listPrinters?: () => Promise<string[]>;
  /**
   * Provisions the central API connection at start (pilots: `npm start` with KIOSK_CENTRAL_* set; tests).
   * Stations otherwise get it from staff settings; either way the secret is stored sealed.
   */
  readonly central?: { readonly baseUrl: string; readonly stationId: string; readonly secret: string };
  /** Forwarder timing; tests shorten it. */
  readonly syncTiming?: Partial<SyncTiming>;
  readonly random?: () => number;
};

/** Everything both shells mount: the store, the services and the one router in front of them. */
export type KioskHost = {
  readonly router: Router;
  readonly events: EventBus;
  readonly db: KioskDatabase;
  readonly sync: SyncService;
  close(): void;
};

export const DATABASE_FILE = 'kiosk.db';
/** Daily copies of the database, in the data directory; the newest BACKUP_DAYS are kept. */
export const BACKUP_DIR = 'backups';
const BACKUP_DAYS = 3;

export function createKioskHost(options: KioskHostOptions): Result<KioskHost, OpenDatabaseError> {
  const clock = options.clock ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const opened = openDatabase(join(options.dataDir, DATABASE_FILE));
  if (!opened.ok) return opened;
  const db = opened.value;

  loadSeedCatalog(db, options.assetsDir, clock(), options.logger);
  const audit = createAuditLog(db);
  audit.append({ actor: 'system', action: 'kiosk.started', detail: { version: options.version } }, clock());

  const events = createEventBus();
  const settings = createSettingsStore(db);
  const catalog = createCatalogStore(db);
  const visits = createVisitStore(db);
  const cipher = createPersonalDataCipher(options.personalDataKey);
  const credentials = createCentralCredentialsStore(db, cipher);
  if (options.central !== undefined) {
    const saved = credentials.save(options.central, clock());
    // The value itself is never logged: it holds the secret.
    if (!saved.ok) options.logger.error('sync.provision_invalid', { problem: saved.error });
  }
  const sync = createSyncService({
    db,
    cipher,
    credentials,
    settings,
    audit,
    logger: options.logger,
    clock,
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.syncTiming === undefined ? {} : { timing: options.syncTiming }),
    // Called only once the service runs, by which time publishStatus exists.
    onStatusChange: () => publishStatus(),
    onCatalogReplaced: (kind) => options.logger.info('catalog.replaced', { kind }),
  });
  // The last write the disk refused (issue #17): shown to staff until a submission is stored again.
  let storageAlert: StorageFailure | null = null;
  const status = (): HostStatus => {
    const counts = sync.counts();
    const state = sync.state();
    // Residents are told about their forms; statistics and audit entries waiting too are the staff dashboard's business.
    return { online: state.online, queueDepth: counts.pendingSubmissions, needsAttention: counts.rejected, syncAlert: state.alert, storageAlert };
  };
  const publishStatus = (): void => events.publish({ type: 'status', status: status() });
  const onSubmitted = (): void => {
    // Stored again: there is space (or permission) once more, so the alert clears by itself.
    storageAlert = null;
    publishStatus();
    sync.nudge();
  };
  const submissions = createSubmissionStore(db, cipher, clock);
  // No reader SDK is wired yet: a simulated reader (always "no card") until the Electron shell passes a real one.
  const idCardReader = options.idCardReader ?? createSimulatedIdCardReader();
  const staff = createStaffMode({
    db,
    audit,
    events,
    settings,
    credentials,
    sync,
    submissions,
    onSubmitted,
    ...(options.listPrinters === undefined ? {} : { listPrinters: options.listPrinters }),
    onOutboxChanged: publishStatus,
    clock,
  });
  const printPage = options.printPage;
  const router = createRouter(
    {
      ...createAppHandlers({ version: options.version, settings, catalog, status }),
      ...createVisitHandlers(visits, clock, publishStatus),
      ...createJobHandlers({
        search: createJobSearch(db),
        catalog,
        settings,
        submissions,
        visits,
        clock,
        onSubmitted,
      }),
      ...createMatchingHandlers({ openJobs: createOpenJobs(db, catalog), clock }),
      ...createJobSeekerHandlers({ submissions, visits, clock, onSubmitted }),
      ...createTrainingHandlers({
        courses: createCourseSearch(db),
        pendingSeats: createPendingSeatCounter(db),
        submissions,
        visits,
        clock,
        onSubmitted,
      }),
      ...createSubsidyHandlers({
        catalog,
        submissions,
        visits,
        lookups: sync.lookups,
        serviceContacts: createServiceContactStore(db),
        personKeyOf: (idNumber) => personKeyOf(cipher, idNumber),
        clock,
        stationDistrictCode: () => settings.stationConfig().districtCode,
        onSubmitted,
      }),
      ...createIdCardHandlers(idCardReader),
      // Receipts and reports go to the printer staff chose (issue #8), read at every print.
      ...createPrintHandlers(printPage === undefined ? undefined : () => printPage(staff.printerName()), options.logger),
      ...createSpeechHandlers(createEspeakSynthesizer()),
      ...createStaffCallHandlers({ audit, events, clock }),
      ...staff.handlers,
    },
    // The same gate staff mode's handlers record with: the router checks flagged channels' tokens with it.
    {
      logger: options.logger,
      gate: staff.gate,
      storageFailureOf: (thrown) => {
        const failure = storageFailureOf(thrown);
        if (failure !== undefined && storageAlert !== failure) {
          storageAlert = failure;
          publishStatus();
        }
        return failure;
      },
    },
  );

  sync.start();
  // A daily copy of the database (issue #17), checked hourly; the first check waits a minute so start-up stays quick.
  const backup = createDailyBackup(db, join(options.dataDir, BACKUP_DIR), BACKUP_DAYS);
  const checkBackup = (): void => {
    void backup.runIfDue(clock()).then((outcome) => {
      if (outcome.kind === 'written') options.logger.info('backup.written', { file: outcome.file });
      if (outcome.kind === 'failed') options.logger.error('backup.failed', { message: outcome.message });
    });
  };
  const firstBackup = setTimeout(checkBackup, 60_000);
  const hourlyBackup = setInterval(checkBackup, 60 * 60_000);
  firstBackup.unref();
  hourlyBackup.unref();
  return ok({
    router,
    events,
    db,
    sync,
    close: () => {
      clearTimeout(firstBackup);
      clearInterval(hourlyBackup);
      sync.stop();
      db.close();
    },
  });
}
