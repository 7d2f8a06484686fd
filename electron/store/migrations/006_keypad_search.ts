import { reindexStoredJobs } from '../jobIndex.js';
import type { Migration } from './migration.js';

// Keypad search (issue #12): listings are now also indexed by the phone keys of their pinyin initials
// and by their kind of work. The tables are unchanged; what is stored in them is rebuilt once, because
// the seed loader does not reload an unchanged seed.
export const migration006KeypadSearch: Migration = {
  version: 6,
  name: 'job index with keypad initials and kinds of work',
  up(db) {
    reindexStoredJobs(db);
  },
};
