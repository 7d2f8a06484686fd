import type { Database } from 'better-sqlite3';

/** One schema step. `version` equals its position in the ordered list (1-based) and the resulting user_version. */
export type Migration = {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
};
