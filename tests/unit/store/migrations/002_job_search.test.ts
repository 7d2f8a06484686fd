import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../../../electron/config/appPaths.js';
import { migrate, readSchemaVersion } from '../../../../electron/store/migrate.js';
import { migration001Initial } from '../../../../electron/store/migrations/001_initial.js';
import { migration002JobSearch } from '../../../../electron/store/migrations/002_job_search.js';
import { migrations } from '../../../../electron/store/migrations/index.js';
import { JobSchema } from '../../../../shared/catalog/job.js';

const seedJobs = z.array(JobSchema).parse(JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'jobs.json'), 'utf8')));

function tableNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'job%' ORDER BY name`).all() as { name: string }[]).map(
    (row) => row.name,
  );
}

function rowids(db: Database.Database, match: string): number[] {
  return (db.prepare('SELECT rowid FROM job_fts WHERE job_fts MATCH ? ORDER BY rowid').all(match) as { rowid: number }[]).map((row) => row.rowid);
}

describe('migration 002: job search index', () => {
  it('is the second migration', () => {
    expect(migrations[1]).toBe(migration002JobSearch);
    expect(migration002JobSearch.version).toBe(2);
  });

  it('creates the side tables from an empty in-memory database and sets user_version 2', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, [migration001Initial, migration002JobSearch])).toEqual({ ok: true, value: { from: 0, to: 2 } });
    expect(readSchemaVersion(db)).toBe(2);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['job_district', 'job_fts', 'job_grams', 'job_index']));
    const ftsSql = z.string().parse(db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'job_fts'`).pluck().get());
    expect(ftsSql).toMatch(/tokenize='trigram'/);
    expect(db.prepare('SELECT count(*) FROM job_index').pluck().get()).toBe(0);
  });

  it('has a working FTS5 trigram tokenizer: substrings of 3+ characters match, 2 do not', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001Initial, migration002JobSearch]);
    const insert = db.prepare('INSERT INTO job_fts (rowid, body, tags) VALUES (?, ?, ?)');
    insert.run(1, '快递驿站分拣员\nparcel sorter', '');
    insert.run(2, '盲人保健按摩师\nblind massage therapist', '');
    expect(rowids(db, 'body : "驿站分"')).toEqual([1]);
    expect(rowids(db, 'body : "保健按摩"')).toEqual([2]);
    expect(rowids(db, 'body : "MASSAGE"')).toEqual([2]); // case-insensitive for Latin
    expect(rowids(db, 'body : "sorter"')).toEqual([1]);
    // The reason job_grams exists: the trigram index finds nothing for a 2-character word.
    expect(rowids(db, 'body : "按摩"')).toEqual([]);
  });

  it('indexes the jobs a schema-1 database already holds', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001Initial]);
    const insert = db.prepare(`INSERT INTO catalog_items (kind, id, data) VALUES ('jobs', ?, ?)`);
    for (const job of seedJobs) insert.run(job.id, JSON.stringify(job));
    expect(migrate(db, [migration001Initial, migration002JobSearch])).toEqual({ ok: true, value: { from: 1, to: 2 } });
    expect(db.prepare('SELECT count(*) FROM job_index').pluck().get()).toBe(seedJobs.length);
    const withWord = seedJobs.filter((job) =>
      [job.title, job.employer, job.description, job.requirements, job.address].some((text) => text['zh-CN'].includes('分拣员')),
    );
    expect(withWord.length).toBeGreaterThan(0);
    expect(rowids(db, 'body : "分拣员"')).toHaveLength(withWord.length);
  });

  it('runs again as a no-op once applied', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001Initial, migration002JobSearch]);
    expect(migrate(db, [migration001Initial, migration002JobSearch])).toEqual({ ok: true, value: { from: 2, to: 2 } });
  });
});
