import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { catalogItemSchemas, catalogKinds, type CatalogKind } from '../../shared/catalog/catalogKinds.js';
import type { Logger } from '../logging/logger.js';
import type { KioskDatabase } from './openDatabase.js';
import { rebuildJobIndex } from './jobIndex.js';

export type CatalogKindSummary = {
  kind: CatalogKind;
  count: number;
  source: 'seed' | 'central' | 'none';
  updatedAt: string | null;
};

const MetaRowSchema = z.object({
  source: z.enum(['seed', 'central']),
  version: z.string(),
  etag: z.string().nullable(),
  updated_at: z.string(),
});
export type CatalogMeta = z.infer<typeof MetaRowSchema>;

export type CatalogStore = {
  summary(): CatalogKindSummary[];
  /** One item's stored JSON; the store only ever holds records validated on the way in. */
  item(kind: CatalogKind, id: string): unknown;
  /** All stored items of a kind, parsed from JSON: for policies per call; the job catalog only through openJobs, which keeps it. */
  items(kind: CatalogKind): unknown[];
};

/**
 * The seed catalog in assets/ makes the kiosk useful on first start with no network.
 * It is (re)loaded when the kind has no catalog yet, or when the local copy is an older seed;
 * a catalog pulled from the central API is never overwritten by the seed.
 */
export function loadSeedCatalog(db: KioskDatabase, assetsDir: string, now: Date, logger: Logger): void {
  for (const kind of catalogKinds) {
    const file = join(assetsDir, 'catalog', `${kind}.json`);
    if (!existsSync(file)) {
      logger.warn('catalog.seed_missing', { kind });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const version = `seed:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    const meta = readCatalogMeta(db, kind);
    if (meta !== undefined && (meta.source === 'central' || meta.version === version)) {
      continue;
    }
    const parsed = z.array(catalogItemSchemas[kind]).safeParse(JSON.parse(text));
    if (!parsed.success) {
      // A broken seed is a packaging bug; keep whatever catalog is already there.
      logger.error('catalog.seed_invalid', { kind, issues: parsed.error.issues.length });
      continue;
    }
    replaceCatalog(db, kind, parsed.data, { source: 'seed', version, updatedAt: now.toISOString() });
    logger.info('catalog.seed_loaded', { kind, count: parsed.data.length });
  }
}

/** Swaps a whole catalog kind in one transaction: readers see the old one until the new one is complete. */
export function replaceCatalog(
  db: KioskDatabase,
  kind: CatalogKind,
  items: readonly { id: string }[],
  meta: { source: 'seed' | 'central'; version: string; updatedAt: string; etag?: string },
): void {
  const insert = db.prepare('INSERT INTO catalog_items (kind, id, data) VALUES (?, ?, ?)');
  // Callers pass validated jobs; parsing again narrows the type without a cast and keeps anything
  // malformed out of the search index. Done before the transaction so the write lock is held briefly.
  const jobs = kind === 'jobs' ? z.array(catalogItemSchemas.jobs).parse(items) : undefined;
  db.transaction(() => {
    db.prepare('DELETE FROM catalog_items WHERE kind = ?').run(kind);
    for (const item of items) {
      insert.run(kind, item.id, JSON.stringify(item));
    }
    // Same transaction: search never sees a catalog and an index that disagree.
    if (jobs !== undefined) rebuildJobIndex(db, jobs);
    db.prepare(
      `INSERT INTO catalog_meta (kind, source, version, etag, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(kind) DO UPDATE SET source = excluded.source, version = excluded.version,
         etag = excluded.etag, updated_at = excluded.updated_at`,
    ).run(kind, meta.source, meta.version, meta.etag ?? null, meta.updatedAt);
  })();
}

export function readCatalogMeta(db: KioskDatabase, kind: CatalogKind): CatalogMeta | undefined {
  const row: unknown = db.prepare('SELECT source, version, etag, updated_at FROM catalog_meta WHERE kind = ?').get(kind);
  return row === undefined ? undefined : MetaRowSchema.parse(row);
}

/**
 * The central API confirmed (304) that the local catalog is current. updated_at is what "信息更新于 …"
 * shows: the time the information was last known to be current, not when it last changed.
 */
export function touchCatalog(db: KioskDatabase, kind: CatalogKind, now: Date): void {
  db.prepare('UPDATE catalog_meta SET updated_at = ? WHERE kind = ?').run(now.toISOString(), kind);
}

export function createCatalogStore(db: KioskDatabase): CatalogStore {
  const countStatement = db.prepare('SELECT COUNT(*) AS count FROM catalog_items WHERE kind = ?');
  const itemStatement = db.prepare('SELECT data FROM catalog_items WHERE kind = ? AND id = ?');
  const itemsStatement = db.prepare('SELECT data FROM catalog_items WHERE kind = ? ORDER BY id');
  return {
    items(kind) {
      return z
        .array(z.object({ data: z.string() }))
        .parse(itemsStatement.all(kind))
        .map((row) => JSON.parse(row.data) as unknown);
    },
    item(kind, id) {
      const row = z.object({ data: z.string() }).optional().parse(itemStatement.get(kind, id));
      return row === undefined ? undefined : (JSON.parse(row.data) as unknown);
    },
    summary() {
      return catalogKinds.map((kind) => {
        const meta = readCatalogMeta(db, kind);
        const { count } = z.object({ count: z.number() }).parse(countStatement.get(kind));
        return {
          kind,
          count,
          source: meta?.source ?? 'none',
          updatedAt: meta?.updated_at ?? null,
        };
      });
    },
  };
}
