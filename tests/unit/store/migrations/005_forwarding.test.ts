import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { migration005Forwarding } from '../../../../electron/store/migrations/005_forwarding.js';

function migratedTo(count: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const result = migrate(db, migrations.slice(0, count));
  if (!result.ok) throw new Error('migration failed');
  return db;
}

describe('migration 005: forwarding indexes, forwarded audit entries', () => {
  it('is the fifth migration and sets user_version 5', () => {
    expect(migrations[4]).toBe(migration005Forwarding);
    expect(readSchemaVersion(migratedTo(5))).toBe(5);
  });

  it('serves the forwarder\'s due query and the reference count from indexes, not scans', () => {
    const db = migratedTo(5);
    const plan = (sql: string): string =>
      JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all());
    expect(plan(`SELECT item_id FROM outbox WHERE state = 'pending' AND item_kind = 'submission' AND +next_attempt_at <= 'x' ORDER BY id LIMIT 100`)).toContain(
      'outbox_pending_by_kind',
    );
    expect(plan(`SELECT COUNT(*) FROM submissions WHERE kind = 'job_interest'`)).toContain('submissions_kind');
  });

  it('keeps audit entries written before it (uuid NULL, not forwarded) and makes new uuids unique', () => {
    const db = migratedTo(4);
    db.prepare(`INSERT INTO audit_log (at, actor, action) VALUES ('2026-11-01T00:00:00Z', 'system', 'kiosk.started')`).run();
    migrate(db, migrations.slice(0, 5));
    expect(db.prepare('SELECT action, uuid FROM audit_log').all()).toEqual([{ action: 'kiosk.started', uuid: null }]);
    const insert = db.prepare(`INSERT INTO audit_log (at, actor, action, uuid) VALUES ('now', 'system', 'x', ?)`);
    insert.run('019a8f3e-7c4b-7def-8abc-0123456789ab');
    expect(() => insert.run('019a8f3e-7c4b-7def-8abc-0123456789ab')).toThrow(/UNIQUE/);
  });
});
