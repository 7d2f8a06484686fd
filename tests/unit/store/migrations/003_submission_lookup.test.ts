import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { migration003SubmissionLookup } from '../../../../electron/store/migrations/003_submission_lookup.js';

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const result = migrate(db, migrations.slice(0, 3));
  if (!result.ok) throw new Error('migration failed');
  return db;
}

describe('migration 003: submission lookup, visit counters, 12333 contacts', () => {
  it('is the third migration and sets user_version 3', () => {
    expect(migrations[2]).toBe(migration003SubmissionLookup);
    expect(readSchemaVersion(migrated())).toBe(3);
  });

  it('makes a submission lookup key unique per kind, but allows many submissions without one', () => {
    const db = migrated();
    const insert = db.prepare(`INSERT INTO submissions (id, kind, created_at, reference, public_data, dedupe_key) VALUES (?, ?, 'now', 'R', '{}', ?)`);
    insert.run('a', 'job_interest', 'k1');
    insert.run('b', 'training_signup', 'k1');
    insert.run('c', 'job_interest', null);
    insert.run('d', 'job_interest', null);
    expect(() => insert.run('e', 'job_interest', 'k1')).toThrow(/UNIQUE/);
  });

  it('gives existing visits empty counters and accepts only the four 12333 contact kinds', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 2));
    db.prepare(`INSERT INTO visits (id, started_at, language) VALUES ('v', 'now', 'zh-CN')`).run();
    migrate(db, migrations.slice(0, 3));
    expect(db.prepare(`SELECT counters FROM visits WHERE id = 'v'`).get()).toEqual({ counters: '{}' });
    db.prepare(`INSERT INTO service_contacts (person_key, kind, at) VALUES ('p', 'training_offer', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO service_contacts (person_key, kind, at) VALUES ('p', 'lottery', 'now')`).run()).toThrow(/CHECK/);
  });
});
