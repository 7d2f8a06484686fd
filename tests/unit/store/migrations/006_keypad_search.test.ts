import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../../../electron/config/appPaths.js';
import { createJobSearch } from '../../../../electron/store/jobSearch.js';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migration006KeypadSearch } from '../../../../electron/store/migrations/006_keypad_search.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { JobSchema } from '../../../../shared/catalog/job.js';

const seedJobs = z.array(JobSchema).parse(JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'jobs.json'), 'utf8')));

describe('migration 006: job index with keypad initials and kinds of work', () => {
  it('is the sixth migration and sets user_version 6', () => {
    expect(migrations[5]).toBe(migration006KeypadSearch);
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 6));
    expect(readSchemaVersion(db)).toBe(6);
  });

  it('re-indexes the jobs a schema-5 database holds, so initials and kinds of work find them', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 5));
    const insert = db.prepare(`INSERT INTO catalog_items (kind, id, data) VALUES ('jobs', ?, ?)`);
    for (const job of seedJobs) insert.run(job.id, JSON.stringify(job));
    // An index as schema 5 left it: nothing in it knows the new terms.
    db.exec(`INSERT INTO job_fts (job_fts) VALUES ('delete-all'); INSERT INTO job_grams (job_grams) VALUES ('delete-all'); DELETE FROM job_index;`);
    expect(migrate(db, migrations.slice(0, 6))).toEqual({ ok: true, value: { from: 5, to: 6 } });

    const search = createJobSearch(db);
    const today = '2026-01-01';
    const base = { text: '', sort: 'newest' as const, today, offset: 0, limit: 100 };
    const live = seedJobs.filter((job) => job.expiresAt >= today);
    const cleaners = live.filter((job) => job.title['zh-CN'].includes('保洁') || job.employer['zh-CN'].includes('保洁'));
    expect(cleaners.length).toBeGreaterThan(0);
    const byInitials = search.search({ ...base, initials: '25' });
    expect(byInitials.jobs.map((job) => job.id)).toEqual(expect.arrayContaining(cleaners.map((job) => job.id)));
    // Text search is unchanged: digits typed as text do not hit the initials.
    expect(search.search({ ...base, text: '25' }).total).toBeLessThan(byInitials.total);
    const massage = live.filter((job) => job.category === 'massage');
    expect(search.search({ ...base, category: 'massage' }).total).toBe(massage.length);
  });
});
