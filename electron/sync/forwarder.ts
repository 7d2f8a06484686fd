import { HealthResponseSchema } from '../../shared/central/common.js';
import { CENTRAL_PATHS } from '../../shared/central/paths.js';
import type { PersonalDataCipher } from '../crypto/personalDataCipher.js';
import type { Logger } from '../logging/logger.js';
import type { KioskDatabase } from '../store/openDatabase.js';
import type { OutboxKind } from '../store/outboxKinds.js';
import type { DueEntry, OutboxQueue } from '../store/outboxQueue.js';
import type { CentralClient } from './centralClient.js';
import { readRefusal, type CentralRefusal } from './centralRefusal.js';
import { classifyBatchResponse } from './classifyBatchResponse.js';
import type { Connectivity } from './connectivity.js';
import { parseJsonBody } from './parseJsonBody.js';
import { retryDelayMs, type RetryPolicy } from './retryDelay.js';

export type DrainReport = {
  readonly delivered: number;
  readonly rejected: number;
  readonly retried: number;
  /** Why the drain ended: nothing left that is due, or a failure that makes sending more pointless now. */
  readonly stoppedBy: 'empty' | 'retry_later' | 'unauthorized' | 'not_provisioned' | 'stopped';
};

export type Forwarder = {
  /** Sends everything due, batch after batch. Concurrent calls share one drain. */
  drain(): Promise<DrainReport>;
  /** Asks the central API's health route; true when it answered correctly (used to notice a reconnect). */
  probe(): Promise<boolean>;
};

export type ForwarderOptions<K extends string> = {
  /** What is forwarded, where to, and how its rows are read, in drain order (store/outboxKinds.ts in production). */
  readonly kinds: readonly OutboxKind<K>[];
  /** Handed to each kind's batch reader. */
  readonly db: KioskDatabase;
  readonly cipher: PersonalDataCipher;
  readonly queue: OutboxQueue<K>;
  readonly client: CentralClient;
  readonly connectivity: Connectivity;
  /** 401/403: raise the staff alert, for the credentials or for the clock (syncService.ts). */
  readonly onRefused: (route: string, refusal: CentralRefusal) => void;
  readonly logger: Logger;
  readonly clock: () => Date;
  readonly random: () => number;
  readonly batchSize: number;
  readonly retryPolicy: RetryPolicy;
  /** After each batch, so the status area's queue depth follows the drain. */
  readonly onProgress: () => void;
  /** The host is closing its database: an answer arriving now is dropped (the item simply stays pending). */
  readonly isStopped: () => boolean;
};

/**
 * Drains the outbox to the central API (issue #6). Exactly once: an item is marked delivered only after
 * the server answered for it by id, and a resend of an item the server already has is answered
 * "duplicate" — so a crash, a timeout or a dropped connection at any point costs a resend, never a loss
 * or a second record. Only failures that can pass are retried; permanent rejections wait for staff.
 * Nothing here knows a kind: each comes from the registry with its route and reader (issue #14).
 */
export function createForwarder<K extends string>(options: ForwarderOptions<K>): Forwarder {
  const { queue, connectivity, logger } = options;
  let running: Promise<DrainReport> | undefined;
  let rerun = false;

  const source = { db: options.db, cipher: options.cipher };

  type BatchStep = { delivered: number; rejected: number; retried: number; stop?: DrainReport['stoppedBy']; splitTo?: number };

  const sendBatch = async ({ kind, route, readBatch }: OutboxKind<K>, entries: readonly DueEntry[]): Promise<BatchStep> => {
    const { items, unsendable } = readBatch(source, entries.map((entry) => entry.itemId));
    if (unsendable.length > 0) {
      queue.markRejected(kind, unsendable);
      logger.error('sync.unsendable', { kind, count: unsendable.length });
    }
    if (items.length === 0) return { delivered: 0, rejected: unsendable.length, retried: 0 };
    const sentIds = items.map((item) => item.id);
    const sentEntries = entries.filter((entry) => sentIds.includes(entry.itemId));
    const response = await options.client.send({ method: 'POST', path: route, body: { items } });
    if (options.isStopped()) return { delivered: 0, rejected: unsendable.length, retried: 0, stop: 'stopped' };
    const now = options.clock();
    const outcome = classifyBatchResponse(response, sentIds, now);
    switch (outcome.kind) {
      case 'answered': {
        const delivered = outcome.results.flatMap((r) => (r.outcome === 'rejected' ? [] : [{ itemId: r.id, centralReference: r.centralReference }]));
        const rejected = outcome.results.flatMap((r) => (r.outcome === 'rejected' ? [{ itemId: r.id, reason: `central:${r.reason}` }] : []));
        queue.markDelivered(kind, delivered, now);
        if (rejected.length > 0) {
          queue.markRejected(kind, rejected);
          logger.warn('sync.rejected', { kind, count: rejected.length });
        }
        connectivity.reachable(true);
        return { delivered: delivered.length, rejected: rejected.length + unsendable.length, retried: 0 };
      }
      case 'retry':
        queue.scheduleRetry(kind, sentEntries, outcome.reason, (attempts) => new Date(now.getTime() + retryDelayMs(attempts, options.retryPolicy, options.random)));
        connectivity.reachable(false);
        logger.warn('sync.retry_later', { kind, count: sentEntries.length, reason: outcome.reason });
        return { delivered: 0, rejected: unsendable.length, retried: sentEntries.length, stop: 'retry_later' };
      case 'clock_skew':
        options.onRefused(route, outcome);
        // The items are fine and so are the credentials: wait and send again, the clock may be put right.
        queue.scheduleRetry(kind, sentEntries, 'clock_skew', (attempts) => new Date(now.getTime() + retryDelayMs(attempts, options.retryPolicy, options.random)));
        return { delivered: 0, rejected: unsendable.length, retried: sentEntries.length, stop: 'retry_later' };
      case 'unauthorized':
        // Nothing is counted against the items: they are fine, the station's credentials are not.
        options.onRefused(route, outcome);
        return { delivered: 0, rejected: unsendable.length, retried: 0, stop: 'unauthorized' };
      case 'not_provisioned':
        connectivity.unknown();
        return { delivered: 0, rejected: unsendable.length, retried: 0, stop: 'not_provisioned' };
      case 'refused':
        connectivity.reachable(true);
        // One bad item must not hold back the rest: split the batch until the refused item stands alone.
        if (sentEntries.length > 1) return { delivered: 0, rejected: unsendable.length, retried: 0, splitTo: Math.ceil(sentEntries.length / 2) };
        queue.markRejected(kind, sentEntries.map((entry) => ({ itemId: entry.itemId, reason: `central:http_${outcome.status}` })));
        logger.warn('sync.refused', { kind, status: outcome.status });
        return { delivered: 0, rejected: unsendable.length + sentEntries.length, retried: 0 };
    }
  };

  type Totals = { delivered: number; rejected: number; retried: number };
  type Flight = { readonly step: Promise<BatchStep>; readonly ids: ReadonlySet<string> };

  /**
   * Drains one kind with two batches in flight: batch N+1 is read and sent while batch N's answer is on
   * its way, so the kiosk's own work (reading, decrypting, marking) overlaps the server's. Each batch's
   * items change state only from that batch's own answer, so overlap cannot mark anything twice.
   */
  const drainKind = async (outboxKind: OutboxKind<K>, totals: Totals): Promise<DrainReport['stoppedBy']> => {
    let limit = options.batchSize;
    let previous: Flight | undefined;
    const settle = async (flight: Flight): Promise<DrainReport['stoppedBy'] | undefined> => {
      const step = await flight.step;
      totals.delivered += step.delivered;
      totals.rejected += step.rejected;
      totals.retried += step.retried;
      if (step.splitTo !== undefined) limit = step.splitTo;
      options.onProgress();
      return step.stop;
    };
    for (;;) {
      if (options.isStopped()) {
        if (previous !== undefined) await previous.step;
        return 'stopped';
      }
      const held = previous?.ids ?? new Set<string>();
      const entries = queue.due(outboxKind.kind, options.clock(), limit + held.size).filter((entry) => !held.has(entry.itemId)).slice(0, limit);
      if (entries.length === 0) {
        if (previous === undefined) return 'empty';
        const stop = await settle(previous);
        previous = undefined;
        if (stop !== undefined) return stop;
        continue;
      }
      // Let the previous batch's bytes leave before this batch's CPU-heavy preparation.
      if (previous !== undefined) await new Promise<void>((resolve) => setImmediate(resolve));
      const current: Flight = { step: sendBatch(outboxKind, entries), ids: new Set(entries.map((entry) => entry.itemId)) };
      if (previous !== undefined) {
        const stop = await settle(previous);
        if (stop !== undefined) {
          // The batch already sent settles on its own answer (delivered, or retried later); nothing more is sent.
          await settle(current);
          return stop;
        }
      }
      previous = current;
    }
  };

  const drainOnce = async (): Promise<DrainReport> => {
    const totals: Totals = { delivered: 0, rejected: 0, retried: 0 };
    // The registry's order is the priority order: a stop in one kind leaves the later kinds for the next drain.
    for (const outboxKind of options.kinds) {
      const stoppedBy = await drainKind(outboxKind, totals);
      if (stoppedBy !== 'empty') return { ...totals, stoppedBy };
    }
    return { ...totals, stoppedBy: 'empty' };
  };

  return {
    drain() {
      if (connectivity.state().alert === 'unauthorized') {
        return Promise.resolve({ delivered: 0, rejected: 0, retried: 0, stoppedBy: 'unauthorized' });
      }
      // A call during a drain may bring items the running pass has already looked past: it asks for one
      // more pass, and shares the running drain's report.
      if (running !== undefined) {
        rerun = true;
        return running;
      }
      running = (async () => {
        const totals = { delivered: 0, rejected: 0, retried: 0 };
        let report: DrainReport;
        do {
          rerun = false;
          report = await drainOnce();
          totals.delivered += report.delivered;
          totals.rejected += report.rejected;
          totals.retried += report.retried;
          // Asked again meanwhile: new items, or credentials just provisioned. Not after a stop that
          // more sending cannot fix (bad credentials) or a closing host.
        } while (rerun && report.stoppedBy !== 'unauthorized' && report.stoppedBy !== 'stopped');
        return { ...totals, stoppedBy: report.stoppedBy };
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
    async probe() {
      const response = await options.client.send({ method: 'GET', path: CENTRAL_PATHS.health });
      if (options.isStopped()) return false;
      if (!response.ok) {
        if (response.error.kind === 'credentials' && response.error.error === 'not_provisioned') connectivity.unknown();
        else connectivity.reachable(false);
        return false;
      }
      const refusal = readRefusal(response.value, options.clock());
      if (refusal !== undefined) {
        options.onRefused(CENTRAL_PATHS.health, refusal);
        return false;
      }
      const healthy = response.value.status === 200 && parseJsonBody(response.value.body, HealthResponseSchema).ok;
      connectivity.reachable(healthy);
      return healthy;
    },
  };
}
