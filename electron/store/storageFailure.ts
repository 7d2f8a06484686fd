/** A write the station PC's disk refused: full, or the data folder made read-only (issue #17). */
export type StorageFailure = 'storage_full' | 'storage_read_only';

/**
 * Which storage failure a thrown SQLite error is, if any. better-sqlite3 throws a SqliteError whose `code` is
 * SQLite's extended result code name: SQLITE_FULL for a full disk (or a database at its max_page_count), and
 * SQLITE_READONLY… when the file or its folder cannot be written. Anything else stays a bug.
 */
export function storageFailureOf(thrown: unknown): StorageFailure | undefined {
  if (typeof thrown !== 'object' || thrown === null || !('code' in thrown) || typeof thrown.code !== 'string') return undefined;
  if (thrown.code === 'SQLITE_FULL') return 'storage_full';
  if (thrown.code.startsWith('SQLITE_READONLY')) return 'storage_read_only';
  return undefined;
}
