import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/store/migrations/index.js';
import { describeOpenError, openDatabase } from '../../../electron/store/openDatabase.js';
import { makeTempDir } from '../../support/tempDir.js';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

function tempDbPath(): string {
  const dir = makeTempDir('kiosk-db');
  dirs.push(dir);
  return join(dir.path, 'kiosk.db');
}

describe('openDatabase', () => {
  it('opens with WAL, synchronous=FULL and foreign keys, at the latest schema', () => {
    const opened = openDatabase(tempDbPath());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const db = opened.value;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it('refuses a database written by a newer version and leaves the file byte-for-byte untouched', () => {
    const path = tempDbPath();
    const future = new Database(path);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${latestSchemaVersion + 5}`);
    future.close();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');

    const opened = openDatabase(path);

    expect(opened).toEqual({
      ok: false,
      error: { code: 'db_too_new', databaseVersion: latestSchemaVersion + 5, supportedVersion: latestSchemaVersion },
    });
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
    if (!opened.ok) {
      const message = describeOpenError(opened.error);
      expect(message).toContain('newer kiosk version');
      expect(message).toContain('更新版本');
    }
  });

  it('reports a path it cannot open as a value', () => {
    const opened = openDatabase('/proc/definitely/not/here/kiosk.db');
    expect(opened).toMatchObject({ ok: false, error: { code: 'cannot_open' } });
  });
});
