import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { migration001Initial } from '../../../../electron/store/migrations/001_initial.js';

function tableNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
}

describe('migration 001: initial schema', () => {
  it('is the first migration', () => {
    expect(migrations[0]).toBe(migration001Initial);
    expect(migration001Initial.version).toBe(1);
  });

  it('creates every table from an empty in-memory database and sets user_version 1', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const result = migrate(db, [migration001Initial]);
    expect(result).toEqual({ ok: true, value: { from: 0, to: 1 } });
    expect(readSchemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['audit_log', 'catalog_items', 'catalog_meta', 'outbox', 'settings', 'submissions', 'visits']);
  });

  it('enforces its constraints', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration001Initial]);
    expect(() => db.prepare(`INSERT INTO catalog_items (kind, id, data) VALUES ('cars', 'x', '{}')`).run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO submissions (id, kind, visit_id, created_at, reference, public_data) VALUES ('s', 'k', 'missing-visit', 'now', 'R1', '{}')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES ('visit', 'v1', 'now', 'now')`).run();
    // One outbox row per item: a second enqueue of the same item is refused, so it is never sent twice.
    expect(() => db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES ('visit', 'v1', 'now', 'now')`).run()).toThrow(/UNIQUE/);
  });

  it('runs again as a no-op once applied', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001Initial]);
    expect(migrate(db, [migration001Initial])).toEqual({ ok: true, value: { from: 1, to: 1 } });
  });
});
