import type { CatalogKind } from '../../shared/catalog/catalogKinds.js';
import type { PersonalDataCipher } from '../crypto/personalDataCipher.js';
import type { Logger } from '../logging/logger.js';
import type { AuditLog } from '../store/auditLog.js';
import type { CentralCredentialsStore, ProvisionError } from '../store/centralCredentialsStore.js';
import type { Result } from '../../shared/result.js';
import type { KioskDatabase } from '../store/openDatabase.js';
import { outboxKinds } from '../store/outboxKinds.js';
import { createOutboxQueue } from '../store/outboxQueue.js';
import type { SettingsStore } from '../store/settingsStore.js';
import { createCatalogRefresher, type CatalogRefreshReport } from './catalogRefresher.js';
import { createCentralClient } from './centralClient.js';
import type { CentralRefusal } from './centralRefusal.js';
import { createConnectivity, type ConnectivityState } from './connectivity.js';
import { createForwarder, type DrainReport } from './forwarder.js';
import { createCentralLookups, type CentralLookups } from './centralLookups.js';
import { defaultRetryPolicy, type RetryPolicy } from './retryDelay.js';
import { throttle } from './throttle.js';

export type SyncTiming = {
  /** How often the forwarder wakes up: drains what is due, or probes the central API while offline. */
  readonly tickMs: number;
  readonly requestTimeoutMs: number;
  readonly batchSize: number;
  readonly retryPolicy: RetryPolicy;
};

export const defaultSyncTiming: SyncTiming = { tickMs: 30_000, requestTimeoutMs: 15_000, batchSize: 100, retryPolicy: defaultRetryPolicy };

export type SyncService = {
  start(): void;
  /** Synchronous so the host can close its database right after: in-flight requests are abandoned, not awaited. */
  stop(): void;
  /** Staff "send now" (and the way out of an unauthorized alert once credentials are fixed). */
  sendNow(): Promise<DrainReport>;
  /** A resident just submitted something: try to send it at once rather than at the next tick. */
  nudge(): void;
  refreshCatalog(): Promise<CatalogRefreshReport>;
  /** Staff set the station id, secret and address: saved sealed, any alert cleared, and tried at once. */
  provision(input: { baseUrl: string; stationId: string; secret: string }): Result<void, ProvisionError>;
  state(): ConnectivityState;
  counts(): { pending: number; pendingSubmissions: number; rejected: number };
  /** Interactive questions to the central API (application status, 12333 record). */
  readonly lookups: CentralLookups;
};

const PURGE_EVERY_MS = 10 * 60_000;
/** How often a running drain updates the status area's queue depth. */
const PROGRESS_EVERY_MS = 250;

/** Forwarder + catalog refresh + their timers: the host's whole conversation with the central API. */
export function createSyncService(options: {
  db: KioskDatabase;
  cipher: PersonalDataCipher;
  credentials: CentralCredentialsStore;
  settings: SettingsStore;
  audit: AuditLog;
  logger: Logger;
  clock: () => Date;
  random?: () => number;
  timing?: Partial<SyncTiming>;
  onStatusChange: () => void;
  onCatalogReplaced: (kind: CatalogKind) => void;
}): SyncService {
  const timing: SyncTiming = { ...defaultSyncTiming, ...options.timing };
  const { clock, logger } = options;
  const queue = createOutboxQueue(options.db);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;
  let lastCatalogPullMs = Number.NEGATIVE_INFINITY;
  let lastPurgeMs = Number.NEGATIVE_INFINITY;

  let wasOnline: boolean | null = null;
  let wasSkewed = false;
  const connectivity = createConnectivity((state) => {
    // Back online: what waited out a network backoff is due now, not in up to 30 minutes. The same when the
    // clock was put right: retries scheduled by a wrong clock may lie far in the new clock's future.
    const clockFixed = wasSkewed && state.alert !== 'clock_skew';
    if (((state.online === true && wasOnline === false) || clockFixed) && !stopped) queue.makePendingDueNow(clock());
    wasOnline = state.online;
    wasSkewed = state.alert === 'clock_skew';
    options.onStatusChange();
  });
  const client = createCentralClient({ credentials: () => options.credentials.load(), clock, timeoutMs: timing.requestTimeoutMs });
  const onRefused = (route: string, refusal: CentralRefusal): void => {
    if (stopped) return;
    const alert = connectivity.state().alert;
    if (refusal.kind === 'clock_skew') {
      // Logged and audited once per episode; the forwarder keeps retrying with backoff meanwhile.
      if (alert === null) {
        const offsetSeconds = Math.round(refusal.offsetMs / 1000);
        options.audit.append({ actor: 'system', action: 'sync.clock_skew', detail: { route, offsetSeconds } }, clock());
        logger.error('sync.clock_skew', { route, offsetSeconds });
      }
      connectivity.clockSkew(refusal.offsetMs);
      return;
    }
    if (alert !== 'unauthorized') {
      options.audit.append({ actor: 'system', action: 'sync.unauthorized', detail: { route } }, clock());
      logger.error('sync.unauthorized', { route });
    }
    connectivity.raise('unauthorized');
  };
  const progress = throttle(() => {
    if (!stopped) options.onStatusChange();
  }, PROGRESS_EVERY_MS);
  const forwarder = createForwarder({
    kinds: outboxKinds,
    db: options.db,
    cipher: options.cipher,
    queue,
    client,
    connectivity,
    onRefused,
    logger,
    clock,
    random: options.random ?? Math.random,
    batchSize: timing.batchSize,
    retryPolicy: timing.retryPolicy,
    isStopped: () => stopped,
    onProgress: progress,
  });
  const refresher = createCatalogRefresher({
    db: options.db,
    client,
    connectivity,
    logger,
    clock,
    isStopped: () => stopped,
    onReplaced: options.onCatalogReplaced,
    onRefused,
  });

  const lookups = createCentralLookups({ client, connectivity, onRefused, clock });

  const tick = async (): Promise<void> => {
    const nowMs = clock().getTime();
    if (nowMs - lastPurgeMs >= PURGE_EVERY_MS) {
      lastPurgeMs = nowMs;
      const purged = queue.purgeDeliveredPersonalData(clock(), options.settings.syncSettings().retentionDays);
      if (purged > 0) logger.info('sync.personal_data_purged', { count: purged });
    }
    if (connectivity.state().alert === 'unauthorized') return;
    // A clock problem: one cheap signed health request per tick tells when the clock is right again.
    if (connectivity.state().alert === 'clock_skew' && !(await forwarder.probe())) return;
    // Offline: one cheap health request per tick instead of re-sending batches into the void.
    if (connectivity.state().online === false && !(await forwarder.probe())) return;
    if (stopped) return;
    await forwarder.drain();
    // Either alert means the catalog request would be refused too; a clock problem retries next tick.
    if (stopped || connectivity.state().alert !== null) return;
    if (nowMs - lastCatalogPullMs >= options.settings.syncSettings().catalogRefreshMinutes * 60_000) {
      lastCatalogPullMs = nowMs;
      await refresher.refresh();
    }
  };
  const runTick = (): void => {
    if (stopped || ticking !== undefined) return;
    ticking = tick()
      .catch((thrown: unknown) => logger.error('sync.tick_failed', { message: thrown instanceof Error ? thrown.message : String(thrown) }))
      .finally(() => {
        ticking = undefined;
      });
  };

  return {
    start() {
      runTick();
      timer = setInterval(runTick, timing.tickMs);
      // The kiosk's own windows keep the process alive; a timer alone must not (tests, shutdown).
      timer.unref();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      progress.cancel();
      client.close();
    },
    sendNow() {
      connectivity.clearAlert();
      queue.makePendingDueNow(clock());
      return forwarder.drain();
    },
    nudge() {
      if (stopped || connectivity.state().alert !== null) return;
      void forwarder.drain().catch((thrown: unknown) =>
        logger.error('sync.drain_failed', { message: thrown instanceof Error ? thrown.message : String(thrown) }),
      );
    },
    refreshCatalog: () => refresher.refresh(),
    provision(input) {
      const saved = options.credentials.save(input, clock());
      if (!saved.ok) return saved;
      options.audit.append({ actor: 'staff', action: 'sync.provisioned', detail: { stationId: input.stationId } }, clock());
      connectivity.clearAlert();
      connectivity.unknown();
      lastCatalogPullMs = Number.NEGATIVE_INFINITY;
      runTick();
      return saved;
    },
    state: () => connectivity.state(),
    counts: () => queue.counts(),
    lookups,
  };
}
