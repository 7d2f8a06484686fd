import type { Migration } from './migration.js';

// Submissions get a keyed-hash lookup column for duplicate detection (no plain personal data is
// indexed), visits get per-visit counters, and the 12333 service contacts get their own table.
export const migration003SubmissionLookup: Migration = {
  version: 3,
  name: 'submission lookup, visit counters, 12333 contacts',
  up(db) {
    db.exec(`
      ALTER TABLE submissions ADD COLUMN dedupe_key TEXT;
      CREATE UNIQUE INDEX submissions_dedupe ON submissions(kind, dedupe_key) WHERE dedupe_key IS NOT NULL;

      -- {"jobsViewed": 3, "job_interest": 1, …}: anonymous counts for the station's statistics.
      ALTER TABLE visits ADD COLUMN counters TEXT NOT NULL DEFAULT '{}';

      -- The resident's "12333" record (鲁就办〔2023〕13号): policy contacts, career guidance, job
      -- recommendations and training offers, keyed by a keyed hash of the 身份证号, never the number itself.
      CREATE TABLE service_contacts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('policy_contact', 'career_guidance', 'job_recommendation', 'training_offer')),
        at TEXT NOT NULL,
        submission_id TEXT REFERENCES submissions(id)
      );
      CREATE INDEX service_contacts_person ON service_contacts(person_key, at);
    `);
  },
};
