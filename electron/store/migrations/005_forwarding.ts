import type { Migration } from './migration.js';

// Forwarding at scale (issue #6) and audit entries forwarded with the statistics (issue #8).
export const migration005Forwarding: Migration = {
  version: 5,
  name: 'forwarding indexes, forwarded audit entries',
  up(db) {
    db.exec(`
      -- The forwarder's "next due batch of this kind, oldest first": without it every batch read and
      -- sorted every pending row (bench/forwarding). Partial, so delivered history does not weigh on it.
      CREATE INDEX outbox_pending_by_kind ON outbox (item_kind, id) WHERE state = 'pending';

      -- The short reference (J00042) counts a kind's submissions; without an index that was a full scan
      -- on every submission.
      CREATE INDEX submissions_kind ON submissions (kind);

      -- Audit entries go to the central API like submissions, idempotent by a client-made UUIDv7.
      -- Entries written before this migration keep NULL and are not forwarded.
      ALTER TABLE audit_log ADD COLUMN uuid TEXT;
      CREATE UNIQUE INDEX audit_log_uuid ON audit_log (uuid) WHERE uuid IS NOT NULL;
    `);
  },
};
