import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { migration004StaffMode } from '../../../../electron/store/migrations/004_staff_mode.js';

function migratedTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const result = migrate(db, migrations.slice(0, version));
  if (!result.ok) throw new Error('migration failed');
  return db;
}

describe('migration 004: staff mode', () => {
  it('is the fourth migration and sets user_version 4', () => {
    expect(migrations[3]).toBe(migration004StaffMode);
    expect(readSchemaVersion(migratedTo(4))).toBe(4);
  });

  it('holds exactly one staff PIN row, with a failure count that cannot go negative', () => {
    const db = migratedTo(4);
    const insert = db.prepare(`INSERT INTO staff_pin (id, hash, salt, params, set_at) VALUES (?, 'h', 's', '{}', 'now')`);
    insert.run(1);
    expect(() => insert.run(2)).toThrow(/CHECK/);
    expect(db.prepare('SELECT failures, locked_until FROM staff_pin').get()).toEqual({ failures: 0, locked_until: null });
    expect(() => db.prepare('UPDATE staff_pin SET failures = -1').run()).toThrow(/CHECK/);
  });

  it('gives existing outbox rows an empty staff note', () => {
    const db = migratedTo(3);
    db.prepare(`INSERT INTO outbox (item_kind, item_id, state, next_attempt_at, created_at) VALUES ('submission', 's1', 'rejected', 'now', 'now')`).run();
    migrate(db, migrations.slice(0, 4));
    expect(db.prepare('SELECT staff_note, staff_note_at FROM outbox').get()).toEqual({ staff_note: null, staff_note_at: null });
  });

  it('indexes the audit log by action for the "call staff" lookups', () => {
    const db = migratedTo(4);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT COUNT(*) FROM audit_log WHERE action = 'staff.called' AND id > 5`)
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/audit_log_action/);
  });
});
