import { z } from 'zod';
import { JobSchema, type Job } from '../../../shared/catalog/job.js';
import { rebuildJobIndex } from '../jobIndex.js';
import type { Migration } from './migration.js';

// Job search (issue #4): side tables derived from catalog_items and rebuilt whenever the jobs catalog
// is replaced (catalogStore.replaceCatalog → jobIndex.rebuildJobIndex). Nothing here is a source of
// truth, so there are no foreign keys to pay for on every insert. How queries use it: jobSearch.ts.
export const migration002JobSearch: Migration = {
  version: 2,
  name: 'job_search',
  up(db) {
    db.exec(`
      -- The districts present in the indexed catalog, with the coordinates used for "nearest".
      -- Listings refer to them by ord, a small integer, so a per-query distance ranking is one lookup
      -- in a bound blob instead of trigonometry on every row.
      CREATE TABLE job_district (
        ord INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        lat REAL,                       -- NULL when shared/geo/districts.ts does not know the code
        lon REAL
      );

      -- One small row per listing with what sorting and the pay floor need; no JSON is touched while
      -- matching. seq is the listing's position in expiry order (expiresAt, id) and is also the rowid in
      -- both FTS tables: "not expired" is then "rowid >= first live seq", a range FTS5 applies inside
      -- its own index, so most counts never visit this table.
      CREATE TABLE job_index (
        seq INTEGER PRIMARY KEY,
        expires_day INTEGER NOT NULL,   -- yyyymmdd as a number
        newest_rank INTEGER NOT NULL,   -- 0 = most recently posted (postedAt desc, then id)
        district_ord INTEGER NOT NULL,  -- job_district.ord
        pay_min_monthly REAL,           -- 元/月 full-time equivalent; NULL when unknowable (piece rates)
        pay_max_monthly REAL,
        id TEXT NOT NULL                -- catalog_items.id (kind 'jobs'), read only for the returned page
      );
      CREATE INDEX job_index_expiry ON job_index (expires_day);
      -- Browsing without text or filters walks these in order and stops at the page.
      CREATE INDEX job_index_newest ON job_index (newest_rank);
      CREATE INDEX job_index_pay ON job_index (pay_max_monthly DESC, newest_rank);

      -- Substring search for queries of 3+ characters, plus the category filters as tags (see
      -- jobIndex.ts) so that "text AND filters" is one FTS5 query. Contentless: the text is only needed
      -- to build the index; the listings stay in catalog_items. detail=full is required for phrase
      -- (= substring) queries with the trigram tokenizer.
      CREATE VIRTUAL TABLE job_fts USING fts5(
        body, tags, content='', tokenize='trigram', detail='full', columnsize=0
      );

      -- Substring search for 1–2 character queries (trigram matches nothing below 3 characters, and most
      -- Chinese words are 2: 保洁, 客服, 按摩), plus the same filter tags. Each listing is indexed by the
      -- set of its characters and adjacent character pairs, written as hex code points ("4fdd",
      -- "4fddx6d01") so the ascii tokenizer sees plain words and resident text never reaches the MATCH
      -- syntax. detail=none: membership is all these queries need. Why not a LIKE scan: jobIndex.ts.
      CREATE VIRTUAL TABLE job_grams USING fts5(
        grams, content='', tokenize='ascii', detail='none', columnsize=0
      );

      -- A larger in-memory buffer before FTS5 flushes a segment means far fewer segment merges while a
      -- whole catalog is inserted (job_fts at 100k listings: 12 s → 7 s). Only used while writing.
      INSERT INTO job_fts (job_fts, rank) VALUES ('hashsize', 16777216);
      INSERT INTO job_grams (job_grams, rank) VALUES ('hashsize', 16777216);
    `);

    // A kiosk upgraded from schema 1 already holds a jobs catalog, and the seed loader will not reload
    // an unchanged seed, so index what is there now. This uses the current indexer: a later migration
    // that changes these tables must freeze a copy of it here (the 002 test fails until it does).
    const rows = z
      .array(z.object({ data: z.string() }))
      .parse(db.prepare(`SELECT data FROM catalog_items WHERE kind = 'jobs'`).all());
    const jobs: Job[] = [];
    for (const row of rows) {
      // Only validated jobs were ever stored; a row that no longer parses is left out of search, not fatal.
      const parsed = JobSchema.safeParse(JSON.parse(row.data));
      if (parsed.success) jobs.push(parsed.data);
    }
    rebuildJobIndex(db, jobs);
  },
};
