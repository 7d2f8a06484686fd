import type { Database } from 'better-sqlite3';
import { err, ok, type Result } from '../../shared/result.js';
import type { Migration } from './migrations/migration.js';

export type MigrationError = {
  readonly code: 'db_too_new';
  readonly databaseVersion: number;
  readonly supportedVersion: number;
};

export function readSchemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the database up to the last migration. A database written by a newer kiosk version is
 * refused untouched: an older build must never guess at a schema it does not know.
 */
export function migrate(db: Database, migrations: readonly Migration[]): Result<{ from: number; to: number }, MigrationError> {
  const from = readSchemaVersion(db);
  const supported = migrations.length;
  if (from > supported) {
    return err({ code: 'db_too_new', databaseVersion: from, supportedVersion: supported });
  }
  for (const migration of migrations.slice(from)) {
    // Each step and its version bump commit together, so a power cut leaves a consistent version.
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return ok({ from, to: supported });
}
