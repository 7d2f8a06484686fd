import { JobSchema, type Job } from '../../shared/catalog/job.js';
import { readCatalogMeta, type CatalogStore } from './catalogStore.js';
import type { KioskDatabase } from './openDatabase.js';

export type OpenJobs = {
  /** Every stored listing, parsed; kept in memory until the catalog's version changes. */
  all(): readonly Job[];
};

/**
 * 精准匹配 looks at every listing for each resident (issue #15). Reading and parsing 100,000 rows per resident would
 * cost seconds; the parsed list is kept and rebuilt only when a new catalog replaces the old one (its version
 * changes). Expiry is left to the matcher, which knows the day.
 */
export function createOpenJobs(db: KioskDatabase, catalog: CatalogStore): OpenJobs {
  let cached: { version: string; jobs: readonly Job[] } | undefined;
  return {
    all() {
      const version = readCatalogMeta(db, 'jobs')?.version ?? '';
      if (cached?.version !== version) {
        // The store holds only records validated on the way in; a record that no longer parses is skipped, not fatal.
        const jobs = catalog.items('jobs').flatMap((item) => {
          const parsed = JobSchema.safeParse(item);
          return parsed.success ? [parsed.data] : [];
        });
        cached = { version, jobs };
      }
      return cached.jobs;
    },
  };
}
