import type { Migration } from './migration.js';

// Staff mode (issue #8): the station PIN with its lock-out state, staff notes on items the central API
// rejected, and an index so the dashboard finds "call staff" entries without scanning the audit log.
export const migration004StaffMode: Migration = {
  version: 4,
  name: 'staff mode',
  up(db) {
    db.exec(`
      -- One row: the PIN is stored only as an scrypt hash with its own random salt and parameters.
      -- failures counts wrong PINs since the last success; entry is refused until locked_until.
      CREATE TABLE staff_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hash TEXT NOT NULL,
        salt TEXT NOT NULL,
        params TEXT NOT NULL,             -- JSON {"N":…,"r":…,"p":…,"keyLength":…}
        set_at TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locked_until TEXT
      );

      -- What staff did about an item the central API refused for good ("已电话联系居民").
      ALTER TABLE outbox ADD COLUMN staff_note TEXT;
      ALTER TABLE outbox ADD COLUMN staff_note_at TEXT;

      CREATE INDEX audit_log_action ON audit_log(action, id);
      CREATE INDEX visits_started ON visits(started_at);
      CREATE INDEX submissions_created ON submissions(created_at);
    `);
  },
};
