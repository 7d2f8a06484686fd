import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { localIsoDate } from '../../shared/domain/localDate.js';
import type { KioskDatabase } from './openDatabase.js';

export type BackupOutcome =
  | { readonly kind: 'written'; readonly file: string }
  | { readonly kind: 'not_due' }
  | { readonly kind: 'failed'; readonly message: string };

export type DailyBackup = {
  /** Writes today's copy unless it exists; keeps the newest `keep` days. Never throws: a failure is a value. */
  runIfDue(now: Date): Promise<BackupOutcome>;
};

const BACKUP_NAME = /^kiosk-(\d{4}-\d{2}-\d{2})\.db$/;

/**
 * A daily online copy of the database (issue #17), taken with SQLite's backup API while the kiosk runs, so a
 * damaged file can be replaced by yesterday's. It is a page copy: personal fields stay encrypted with the
 * kiosk's data key, exactly as in the live file. Written under a temporary name and renamed, so a power cut
 * never leaves a half copy under a real name; the oldest copies beyond `keep` days are removed.
 */
export function createDailyBackup(db: KioskDatabase, backupDir: string, keep: number): DailyBackup {
  return {
    async runIfDue(now) {
      const name = `kiosk-${localIsoDate(now)}.db`;
      const file = join(backupDir, name);
      try {
        mkdirSync(backupDir, { recursive: true, mode: 0o700 });
        const existing = readdirSync(backupDir).filter((name) => BACKUP_NAME.test(name));
        if (existing.includes(name)) return { kind: 'not_due' };
        const partial = `${file}.partial`;
        await db.backup(partial);
        // Like the live file: readable by the kiosk's own user only.
        chmodSync(partial, 0o600);
        renameSync(partial, file);
        // ISO dates sort as text: newest first, the rest beyond `keep` go.
        const all = [...existing, name].sort().reverse();
        // With the side files a reader may have left (a copy opened to check it, in WAL mode like the live file).
        for (const old of all.slice(keep)) for (const suffix of ['', '-wal', '-shm']) rmSync(join(backupDir, `${old}${suffix}`), { force: true });
        return { kind: 'written', file };
      } catch (thrown) {
        // A full disk or a closed database: logged by the caller, tried again at the next check.
        return { kind: 'failed', message: thrown instanceof Error ? thrown.message : String(thrown) };
      }
    },
  };
}
