import Database from 'better-sqlite3';

export type CentralDatabase = Database.Database;

// The reference server's own SQLite file, never the kiosk's. Personal data is kept as plain JSON
// because this is a test server; it must never be pointed at real residents' data.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  reference TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
  central_reference TEXT UNIQUE,
  rejection_reason TEXT,
  rejection_detail TEXT,
  body TEXT NOT NULL,
  receptions INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  CHECK ((outcome = 'accepted') = (central_reference IS NOT NULL))
) STRICT;
CREATE INDEX IF NOT EXISTS submissions_by_id_number
  ON submissions (json_extract(body, '$.personalData.idNumber')) WHERE outcome = 'accepted';

CREATE TABLE IF NOT EXISTS visits (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL,
  central_reference TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  receptions INTEGER NOT NULL,
  received_at TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS audit_entries (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL,
  central_reference TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  receptions INTEGER NOT NULL,
  received_at TEXT NOT NULL
) STRICT;

-- Per-station counters for central references: a row per (series, station).
CREATE TABLE IF NOT EXISTS sequences (
  name TEXT PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS seeded_applications (
  reference TEXT PRIMARY KEY,
  id_number TEXT NOT NULL,
  phone_last4 TEXT NOT NULL,
  policy_id TEXT NOT NULL,
  status TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS seeded_service_contacts (
  seq INTEGER PRIMARY KEY,
  id_number TEXT NOT NULL,
  kind TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
`;

/**
 * A file from before the 12333 window (npm run central keeps its database in the temp folder) lacks the
 * time of a seeded contact; its old rows get the empty time, which falls outside every window.
 */
function addSeededContactTime(db: CentralDatabase): void {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('seeded_service_contacts')`).pluck().all();
  if (!columns.includes('at')) db.exec(`ALTER TABLE seeded_service_contacts ADD COLUMN at TEXT NOT NULL DEFAULT ''`);
}

/** Opens (creating if needed) the server's database. A file that cannot be opened is a setup bug: this throws. */
export function openCentralDatabase(path: string): CentralDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL is enough here: losing the last commit on a power cut of the test machine is acceptable.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  addSeededContactTime(db);
  return db;
}
