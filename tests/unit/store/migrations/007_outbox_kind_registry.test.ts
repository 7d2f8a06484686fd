import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { migration007OutboxKindRegistry } from '../../../../electron/store/migrations/007_outbox_kind_registry.js';

function migratedTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const result = migrate(db, migrations.slice(0, version));
  if (!result.ok) throw new Error('migration failed');
  return db;
}

// Every kind a schema-6 outbox could hold (its CHECK list), frozen like the migration: kinds added to the
// registry later could never have been in a database this migration meets.
const schema6Kinds = ['submission', 'visit', 'audit'] as const;
const states = ['pending', 'delivered', 'rejected'] as const;

/** One row of every registered kind in every state, each column filled as that state fills it. */
function fillOutbox(db: Database.Database): void {
  const insert = db.prepare(
    `INSERT INTO outbox (item_kind, item_id, state, attempts, next_attempt_at, last_error, central_reference, created_at, delivered_at, staff_note, staff_note_at)
     VALUES (@kind, @itemId, @state, @attempts, @next, @lastError, @reference, @created, @delivered, @note, @noteAt)`,
  );
  let n = 0;
  for (const kind of schema6Kinds) {
    for (const state of states) {
      n += 1;
      insert.run({
        kind,
        itemId: `${kind}-${state}`,
        state,
        attempts: n,
        next: `2026-11-22T08:00:${String(n).padStart(2, '0')}.000Z`,
        lastError: state === 'delivered' ? null : `network-${n}`,
        reference: state === 'delivered' ? `C-${n}` : null,
        created: `2026-11-22T07:00:${String(n).padStart(2, '0')}.000Z`,
        delivered: state === 'delivered' ? '2026-11-22T09:00:00.000Z' : null,
        note: state === 'rejected' ? `已电话联系居民 ${n}` : null,
        noteAt: state === 'rejected' ? '2026-11-23T10:00:00.000Z' : null,
      });
    }
  }
}

const everyRow = (db: Database.Database): unknown[] => db.prepare('SELECT * FROM outbox ORDER BY id').all();
const columns = (db: Database.Database): unknown[] => db.prepare('PRAGMA table_info(outbox)').all();
const indexSql = (db: Database.Database): unknown[] =>
  db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox' AND sql IS NOT NULL ORDER BY name`).all();

describe('migration 007: outbox kinds from the registry, not a CHECK list', () => {
  it('is the seventh migration and sets user_version 7', () => {
    expect(migrations[6]).toBe(migration007OutboxKindRegistry);
    expect(readSchemaVersion(migratedTo(7))).toBe(7);
  });

  it('keeps every row of every kind in every state, ids and all', () => {
    const db = migratedTo(6);
    fillOutbox(db);
    const before = everyRow(db);
    expect(before).toHaveLength(schema6Kinds.length * states.length);
    expect(migrate(db, migrations.slice(0, 7))).toEqual({ ok: true, value: { from: 6, to: 7 } });
    expect(everyRow(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps the columns, both indexes and the uniqueness, and never hands out an id twice', () => {
    const db = migratedTo(6);
    fillOutbox(db);
    // An id above every surviving row: the counter, not MAX(id), must decide the next one.
    db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES ('visit', 'gone', 'now', 'now')`).run();
    const highest = Number(db.prepare(`SELECT MAX(id) FROM outbox`).pluck().get());
    db.prepare(`DELETE FROM outbox WHERE item_id = 'gone'`).run();
    const shape = { columns: columns(db), indexes: indexSql(db) };
    migrate(db, migrations.slice(0, 7));
    expect({ columns: columns(db), indexes: indexSql(db) }).toEqual(shape);

    const insert = db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES (?, ?, 'now', 'now')`);
    expect(Number(insert.run('visit', 'new').lastInsertRowid)).toBe(highest + 1);
    expect(() => insert.run('visit', 'new')).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE outbox SET state = 'lost' WHERE item_id = 'new'`).run()).toThrow(/CHECK/);
    const plan = JSON.stringify(
      db.prepare(`EXPLAIN QUERY PLAN SELECT item_id FROM outbox WHERE state = 'pending' AND item_kind = 'audit' AND +next_attempt_at <= 'x' ORDER BY id LIMIT 100`).all(),
    );
    expect(plan).toContain('outbox_pending_by_kind');
  });

  it('leaves the kind to the registry: the table itself takes a kind it has never heard of', () => {
    const db = migratedTo(6);
    const insert = db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES ('probe', 'p1', 'now', 'now')`);
    expect(() => insert.run()).toThrow(/CHECK/);
    migrate(db, migrations.slice(0, 7));
    expect(() => insert.run()).not.toThrow();
  });

  it('migrates an outbox that was never written to', () => {
    const db = migratedTo(6);
    migrate(db, migrations.slice(0, 7));
    expect(everyRow(db)).toEqual([]);
    const insert = db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES ('audit', 'a1', 'now', 'now')`);
    expect(Number(insert.run().lastInsertRowid)).toBe(1);
  });
});
