import Database from 'better-sqlite3';
import { err, ok, type Result } from '../../shared/result.js';
import { migrate, readSchemaVersion, type MigrationError } from './migrate.js';
import { migrations } from './migrations/index.js';

export type KioskDatabase = Database.Database;

export type OpenDatabaseError =
  | MigrationError
  | { readonly code: 'cannot_open'; readonly message: string };

/** Pragmas every connection needs; kiosks lose power, so commits must reach the disk (DESIGN.md, "Data"). */
export function applyConnectionPragmas(db: KioskDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function openDatabase(path: string): Result<KioskDatabase, OpenDatabaseError> {
  let db: KioskDatabase;
  try {
    db = new Database(path);
  } catch (thrown) {
    return err({ code: 'cannot_open', message: thrown instanceof Error ? thrown.message : String(thrown) });
  }
  // Check the version before any pragma that writes (the WAL switch), so a newer file stays untouched.
  const version = readSchemaVersion(db);
  if (version > migrations.length) {
    db.close();
    return err({ code: 'db_too_new', databaseVersion: version, supportedVersion: migrations.length });
  }
  applyConnectionPragmas(db);
  const migrated = migrate(db, migrations);
  if (!migrated.ok) {
    db.close();
    return migrated;
  }
  return ok(db);
}

export function describeOpenError(error: OpenDatabaseError): string {
  switch (error.code) {
    case 'db_too_new':
      return (
        `数据库由更新版本的自助终端写入，已保持原样未作改动。请安装新版本，或用 --data-dir 指定其他目录。\n` +
        `The kiosk database was written by a newer kiosk version (schema ${error.databaseVersion}; ` +
        `this version understands up to ${error.supportedVersion}). It was left untouched. ` +
        'Install the newer kiosk version, or point --data-dir at another folder.'
      );
    case 'cannot_open':
      return `无法打开数据库 / The kiosk database could not be opened: ${error.message}`;
  }
}
