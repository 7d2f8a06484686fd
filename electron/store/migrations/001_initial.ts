import type { Migration } from './migration.js';

// The first schema: visits, submissions with their outbox, the catalog, station settings and the audit log.
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      -- Anonymous service statistics per resident session (no personal data).
      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        language TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('completed', 'timed_out', 'abandoned')),
        staff_assisted INTEGER NOT NULL DEFAULT 0 CHECK (staff_assisted IN (0, 1)),
        modes TEXT NOT NULL DEFAULT '[]',     -- JSON array: audio, large_text, easy_read, high_contrast …
        screens TEXT NOT NULL DEFAULT '[]'    -- JSON array of screen ids in the order visited
      );

      -- What residents submit. Ids are client-generated UUIDv7 and double as idempotency keys upstream.
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        visit_id TEXT REFERENCES visits(id),
        created_at TEXT NOT NULL,
        reference TEXT NOT NULL,               -- the short number shown and spoken to the resident
        staff_assisted INTEGER NOT NULL DEFAULT 0 CHECK (staff_assisted IN (0, 1)),
        public_data TEXT NOT NULL,             -- JSON without personal fields
        personal_data BLOB,                    -- encrypted personal fields (PIPL Art. 51), NULL once purged
        personal_purged_at TEXT
      );
      CREATE INDEX submissions_visit ON submissions(visit_id);

      -- Written in the same transaction as the item it forwards; rows are never deleted before delivery.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('submission', 'visit', 'audit')),
        item_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        central_reference TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        UNIQUE (item_kind, item_id)
      );
      CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

      -- Read-only catalog (jobs, courses, policies): seed first, then replaced by central pulls.
      CREATE TABLE catalog_items (
        kind TEXT NOT NULL CHECK (kind IN ('jobs', 'courses', 'policies')),
        id TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE TABLE catalog_meta (
        kind TEXT PRIMARY KEY CHECK (kind IN ('jobs', 'courses', 'policies')),
        source TEXT NOT NULL CHECK (source IN ('seed', 'central')),
        version TEXT NOT NULL,
        etag TEXT,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      );
    `);
  },
};
