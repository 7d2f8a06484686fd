import { z } from 'zod';
import { catalogItemSchemas, catalogKinds, type CatalogKind } from '../../shared/catalog/catalogKinds.js';
import { CatalogResponseSchema } from '../../shared/central/catalogPull.js';
import { catalogPath } from '../../shared/central/paths.js';
import type { Logger } from '../logging/logger.js';
import { readCatalogMeta, replaceCatalog, touchCatalog } from '../store/catalogStore.js';
import type { KioskDatabase } from '../store/openDatabase.js';
import { readRefusal, type CentralRefusal } from './centralRefusal.js';
import type { CentralClient } from './centralClient.js';
import type { Connectivity } from './connectivity.js';
import { parseJsonBody } from './parseJsonBody.js';

export type CatalogRefreshOutcome = 'replaced' | 'unchanged' | 'invalid' | 'unavailable' | 'unauthorized' | 'not_provisioned';
export type CatalogRefreshReport = Readonly<Record<CatalogKind, CatalogRefreshOutcome>>;

export type CatalogRefresher = { refresh(): Promise<CatalogRefreshReport> };

/**
 * Pulls jobs, courses and policies from the central API (issue #6). A pull replaces the local catalog
 * only when every record is valid and ids are unique; otherwise the previous catalog (central or seed)
 * stays, whole. The swap itself is one transaction (catalogStore.replaceCatalog).
 */
export function createCatalogRefresher(options: {
  db: KioskDatabase;
  client: CentralClient;
  connectivity: Connectivity;
  logger: Logger;
  clock: () => Date;
  onReplaced: (kind: CatalogKind) => void;
  onRefused: (route: string, refusal: CentralRefusal) => void;
  /** The host is closing its database: a catalog arriving now is dropped. */
  isStopped: () => boolean;
}): CatalogRefresher {
  const { db, logger } = options;

  const refreshKind = async (kind: CatalogKind): Promise<CatalogRefreshOutcome> => {
    const meta = readCatalogMeta(db, kind);
    // Only a catalog that came from the central API is worth a conditional request.
    const etag = meta?.source === 'central' ? meta.etag : null;
    const response = await options.client.send({
      method: 'GET',
      path: catalogPath(kind),
      ...(etag === null || etag === undefined ? {} : { headers: { 'if-none-match': etag } }),
    });
    if (options.isStopped()) return 'unavailable';
    if (!response.ok) {
      if (response.error.kind === 'credentials') return response.error.error === 'not_provisioned' ? 'not_provisioned' : 'unauthorized';
      options.connectivity.reachable(false);
      return 'unavailable';
    }
    const { status, body, headers } = response.value;
    const refusal = readRefusal(response.value, options.clock());
    if (refusal !== undefined) {
      options.onRefused(catalogPath(kind), refusal);
      // A clock problem keeps the old list and tries again at the next refresh, like an unreachable server.
      return refusal.kind === 'clock_skew' ? 'unavailable' : 'unauthorized';
    }
    if (status === 304) {
      options.connectivity.reachable(true);
      touchCatalog(db, kind, options.clock());
      return 'unchanged';
    }
    if (status !== 200) {
      options.connectivity.reachable(status < 500);
      logger.warn('catalog.refresh_unavailable', { kind, status });
      return 'unavailable';
    }
    options.connectivity.reachable(true);
    const envelope = parseJsonBody(body, CatalogResponseSchema);
    if (!envelope.ok || envelope.value.kind !== kind) {
      logger.error('catalog.refresh_invalid', { kind, problem: envelope.ok ? 'wrong_kind' : envelope.error });
      return 'invalid';
    }
    const items = z.array(catalogItemSchemas[kind]).safeParse(envelope.value.items);
    if (options.isStopped()) return 'unavailable';
    if (!items.success) {
      const badRecords = new Set(items.error.issues.map((issue) => String(issue.path[0]))).size;
      logger.error('catalog.refresh_invalid', { kind, problem: 'invalid_records', badRecords, total: envelope.value.items.length });
      return 'invalid';
    }
    const ids = new Set(items.data.map((item) => item.id));
    if (ids.size !== items.data.length) {
      logger.error('catalog.refresh_invalid', { kind, problem: 'duplicate_ids' });
      return 'invalid';
    }
    const etagHeader = headers.etag;
    replaceCatalog(db, kind, items.data, {
      source: 'central',
      version: envelope.value.version,
      updatedAt: options.clock().toISOString(),
      ...(typeof etagHeader === 'string' ? { etag: etagHeader } : {}),
    });
    logger.info('catalog.refreshed', { kind, count: items.data.length, version: envelope.value.version });
    options.onReplaced(kind);
    return 'replaced';
  };

  return {
    async refresh() {
      const report: Partial<Record<CatalogKind, CatalogRefreshOutcome>> = {};
      for (const kind of catalogKinds) {
        if (options.isStopped()) break;
        const outcome = await refreshKind(kind);
        report[kind] = outcome;
        // With bad or missing credentials every other kind would fail the same way.
        if (outcome === 'unauthorized' || outcome === 'not_provisioned') {
          for (const rest of catalogKinds) report[rest] ??= outcome;
          break;
        }
      }
      return { jobs: report.jobs ?? 'unavailable', courses: report.courses ?? 'unavailable', policies: report.policies ?? 'unavailable' };
    },
  };
}
