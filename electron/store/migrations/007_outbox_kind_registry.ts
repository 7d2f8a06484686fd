import { z } from 'zod';
import type { Migration } from './migration.js';

// The outbox-kind registry (issue #14): outbox.item_kind loses its CHECK list, and the registry
// (electron/store/outboxKinds.ts) becomes the one list of kinds, enforced by the only insert statement
// (outboxEnqueue.ts).
//
// Why drop the CHECK rather than generate it from the registry: SQLite cannot alter a CHECK in place, so
// a generated list would need a table rebuild like this one for every kind ever added, and a migration
// built from the live registry would not be frozen: a database migrated before a kind was added and one
// migrated after would differ at the same user_version. Kinds are written only by our own statements, all
// through one registry-checked insert, so the CHECK guarded nothing that code does not. This rebuild is
// paid once; the state CHECK, the (item_kind, item_id) uniqueness and both indexes stay as they were.
//
// The SQLite procedure for a schema change ALTER TABLE cannot make: create the new table, copy every row
// with its id, drop the old one, rename, recreate the indexes. Nothing references outbox (no foreign key,
// view or trigger), so the rename rewrites nothing else. It runs inside migrate()'s transaction, so a
// power cut leaves the old table or the new one, never half of each.
export const migration007OutboxKindRegistry: Migration = {
  version: 7,
  name: 'outbox kinds from the registry, not a CHECK list',
  up(db) {
    // AUTOINCREMENT promises an id is never reused. The copy keeps every id, but the counter can be above
    // the highest surviving id, and staff actions name items by this id: carry it over too.
    const sequence = z
      .object({ seq: z.number() })
      .optional()
      .parse(db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'outbox'`).get());
    db.exec(`
      CREATE TABLE outbox_rebuilt (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_kind TEXT NOT NULL,              -- a kind of electron/store/outboxKinds.ts (checked at insert)
        item_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        central_reference TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        staff_note TEXT,
        staff_note_at TEXT,
        UNIQUE (item_kind, item_id)
      );
      INSERT INTO outbox_rebuilt (id, item_kind, item_id, state, attempts, next_attempt_at, last_error, central_reference,
                                  created_at, delivered_at, staff_note, staff_note_at)
        SELECT id, item_kind, item_id, state, attempts, next_attempt_at, last_error, central_reference,
               created_at, delivered_at, staff_note, staff_note_at
        FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_rebuilt RENAME TO outbox;
      CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
      CREATE INDEX outbox_pending_by_kind ON outbox (item_kind, id) WHERE state = 'pending';
    `);
    if (sequence !== undefined) {
      // The copy above left the counter at the highest surviving id; put back the old, higher-or-equal one.
      db.prepare(`DELETE FROM sqlite_sequence WHERE name = 'outbox'`).run();
      db.prepare(`INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', MAX(?, COALESCE(MAX(id), 0)) FROM outbox`).run(sequence.seq);
    }
  },
};
