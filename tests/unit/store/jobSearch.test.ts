import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { replaceCatalog } from '../../../electron/store/catalogStore.js';
import { createJobSearch, type JobSearch, type JobSearchQuery } from '../../../electron/store/jobSearch.js';
import { migrate } from '../../../electron/store/migrate.js';
import { migrations } from '../../../electron/store/migrations/index.js';
import { JobSchema, type Job } from '../../../shared/catalog/job.js';
import { findDistrict } from '../../../shared/geo/districts.js';

// Real seed data through the real write path (replaceCatalog → rebuildJobIndex), checked against plain
// JS over jobs.json. TODAY leaves some seed listings expired.
const TODAY = '2026-11-22';
const seedJobs = z.array(JobSchema).parse(JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'jobs.json'), 'utf8')));
const liveJobs = seedJobs.filter((job) => job.expiresAt >= TODAY);
const HEZE_STATION = { lat: 35.26, lon: 115.43 }; // a kiosk in 牡丹区, 菏泽

type Db = Database.Database;

function openWithSeed(jobs: readonly Job[] = seedJobs): Db {
  const db = new Database(':memory:');
  const migrated = migrate(db, migrations);
  if (!migrated.ok) throw new Error('migration failed');
  replaceCatalog(db, 'jobs', jobs, { source: 'seed', version: 'test', updatedAt: '2026-11-22T00:00:00.000Z' });
  return db;
}

function query(overrides: Partial<JobSearchQuery>): JobSearchQuery {
  return { text: '', sort: 'newest', today: TODAY, offset: 0, limit: 20, ...overrides };
}

/** Every match, page by page, checking that each page reports the same total. */
function searchAll(search: JobSearch, overrides: Partial<JobSearchQuery>): Job[] {
  const pageSize = 25;
  const first = search.search(query({ ...overrides, offset: 0, limit: pageSize }));
  const all = [...first.jobs];
  while (all.length < first.total) {
    const next = search.search(query({ ...overrides, offset: all.length, limit: pageSize }));
    expect(next.total).toBe(first.total);
    expect(next.jobs.length).toBeGreaterThan(0);
    all.push(...next.jobs);
  }
  expect(all).toHaveLength(first.total);
  return all;
}

/** The spec in plain JS: a case-insensitive substring of one of the searchable fields. */
function textMatches(job: Job, text: string): boolean {
  const district = findDistrict(job.districtCode);
  const fields = [job.title, job.employer, job.description, job.requirements, job.address, ...(district ? [district.name, district.city] : [])];
  const needle = text.toLowerCase();
  return fields.some((field) => field['zh-CN'].toLowerCase().includes(needle) || field.en.toLowerCase().includes(needle));
}

const ids = (jobs: readonly Job[]): string[] => jobs.map((job) => job.id).sort();
const newestFirst = (a: Job, b: Job): number => (a.postedAt === b.postedAt ? (a.id < b.id ? -1 : 1) : a.postedAt < b.postedAt ? 1 : -1);

// Documented normalisation to 元/月 (jobIndex.ts): 21.75 days, 174 hours; piece rates unknown.
function monthly(yuan: number, unit: Job['pay']['unit']): number | null {
  return { month: yuan, day: yuan * 21.75, hour: yuan * 174, piece: null }[unit];
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

describe('job search over the seed catalog', () => {
  let db: Db;
  let search: JobSearch;
  beforeEach(() => {
    db = openWithSeed();
    search = createJobSearch(db);
  });

  it.each(['保洁', '客服', '按摩', '洗'])('finds exactly the live listings containing the 1–2 character query %s', (text) => {
    const expected = liveJobs.filter((job) => textMatches(job, text));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchAll(search, { text }))).toEqual(ids(expected));
  });

  it.each(['数据标注', '快递驿站', 'customer service', '牡丹区'])('finds exactly the live listings containing %s (trigram path)', (text) => {
    const expected = liveJobs.filter((job) => textMatches(job, text));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchAll(search, { text }))).toEqual(ids(expected));
  });

  it('matches Latin text case-insensitively, including full-width letters from a Chinese IME', () => {
    const expected = ids(liveJobs.filter((job) => textMatches(job, 'massage')));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchAll(search, { text: 'massage' }))).toEqual(expected);
    expect(ids(searchAll(search, { text: 'MASSAGE' }))).toEqual(expected);
    expect(ids(searchAll(search, { text: 'Ｍａｓｓａｇｅ' }))).toEqual(expected);
    expect(ids(searchAll(search, { text: '  massage\n' }))).toEqual(expected);
  });

  it('searches district and city names in both languages', () => {
    const heze = liveJobs.filter((job) => findDistrict(job.districtCode)?.city.en === 'Heze');
    expect(heze.length).toBeGreaterThan(0);
    expect(ids(searchAll(search, { text: '菏泽市' }))).toEqual(ids(liveJobs.filter((job) => textMatches(job, '菏泽市'))));
    expect(ids(searchAll(search, { text: 'heze' }))).toEqual(expect.arrayContaining(ids(heze)));
  });

  it('returns exactly the listings that satisfy a filter combination', () => {
    const expected = liveJobs.filter((job) => job.districtCode === '371702' && job.workType === 'assisted');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchAll(search, { districtCode: '371702', workType: 'assisted' }))).toEqual(ids(expected));
  });

  it.each<Partial<JobSearchQuery>>([
    { suitableFor: 'visual' },
    { suitableFor: 'hearing', homeBased: true },
    { homeBased: false, workType: 'full_time' },
    { payFloorMonthlyYuan: 3000 },
    { payFloorMonthlyYuan: 2500, suitableFor: 'physical', text: '社区' },
    { districtCode: '371721', text: '在家' },
    { workType: 'flexible', text: 'parcel', payFloorMonthlyYuan: 2000 },
  ])('filters like plain JS: %j', (filters) => {
    const expected = liveJobs.filter(
      (job) =>
        (filters.text === undefined || textMatches(job, filters.text)) &&
        (filters.districtCode === undefined || job.districtCode === filters.districtCode) &&
        (filters.workType === undefined || job.workType === filters.workType) &&
        (filters.suitableFor === undefined || job.suitableFor.includes(filters.suitableFor)) &&
        (filters.homeBased === undefined || job.homeBased === filters.homeBased) &&
        (filters.payFloorMonthlyYuan === undefined || (monthly(job.pay.minYuan, job.pay.unit) ?? -1) >= filters.payFloorMonthlyYuan),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchAll(search, filters))).toEqual(ids(expected));
  });

  it('finds nothing in a district without listings, and nothing for an unknown code', () => {
    expect(search.search(query({ districtCode: '379999' }))).toEqual({ total: 0, jobs: [] });
  });

  it('never shows expired listings', () => {
    const expired = seedJobs.filter((job) => job.expiresAt < TODAY);
    expect(expired.length).toBeGreaterThan(0);
    const all = searchAll(search, {});
    expect(all).toHaveLength(liveJobs.length);
    expect(all.every((job) => job.expiresAt >= TODAY)).toBe(true);
    for (const job of expired) {
      expect(ids(searchAll(search, { text: job.title['zh-CN'] }))).not.toContain(job.id);
    }
    // A listing is still shown on its last day.
    const lastDay = liveJobs[0];
    if (lastDay === undefined) throw new Error('no live listing');
    expect(ids(searchAll(search, { text: lastDay.title['zh-CN'], today: lastDay.expiresAt }))).toContain(lastDay.id);
    // Once everything has expired there is nothing to show.
    expect(search.search(query({ today: '2099-01-01' }))).toEqual({ total: 0, jobs: [] });
  });

  it('sorts newest first, ties by id', () => {
    const all = searchAll(search, { sort: 'newest' });
    expect(all.map((job) => job.id)).toEqual([...liveJobs].sort(newestFirst).map((job) => job.id));
    const withText = searchAll(search, { sort: 'newest', text: '社区' });
    expect(withText.map((job) => job.id)).toEqual(liveJobs.filter((job) => textMatches(job, '社区')).sort(newestFirst).map((job) => job.id));
  });

  it('sorts by normalised monthly maximum pay, piece rates last, ties newest first', () => {
    const byPay = (a: Job, b: Job): number => {
      const pa = monthly(a.pay.maxYuan, a.pay.unit);
      const pb = monthly(b.pay.maxYuan, b.pay.unit);
      if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : pb - pa;
      return newestFirst(a, b);
    };
    expect(searchAll(search, { sort: 'pay' }).map((job) => job.id)).toEqual([...liveJobs].sort(byPay).map((job) => job.id));
    expect(searchAll(search, { sort: 'pay', text: '在家' }).map((job) => job.id)).toEqual(
      liveJobs.filter((job) => textMatches(job, '在家')).sort(byPay).map((job) => job.id),
    );
  });

  it('sorts nearest to the station by district, ties newest first', () => {
    const distance = (job: Job): number => {
      const district = findDistrict(job.districtCode);
      return district === undefined ? Number.POSITIVE_INFINITY : haversineKm(HEZE_STATION, district);
    };
    const byDistance = (a: Job, b: Job): number => distance(a) - distance(b) || newestFirst(a, b);
    const all = searchAll(search, { sort: 'nearest', station: HEZE_STATION });
    expect(all.map((job) => job.id)).toEqual([...liveJobs].sort(byDistance).map((job) => job.id));
    expect(all[0]?.districtCode).toBe('371702');
    const jinan = { lat: 36.66, lon: 117.05 };
    const fromJinan = searchAll(search, { sort: 'nearest', station: jinan, text: '快递' });
    const distances = fromJinan.map((job) => haversineKm(jinan, findDistrict(job.districtCode) ?? jinan));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('falls back to newest for "nearest" without a station', () => {
    expect(searchAll(search, { sort: 'nearest' }).map((job) => job.id)).toEqual([...liveJobs].sort(newestFirst).map((job) => job.id));
  });

  it('pages disjointly with the right total', () => {
    for (const overrides of [{}, { text: '社区' }, { text: 'service' }, { sort: 'pay' as const }, { sort: 'nearest' as const, station: HEZE_STATION }]) {
      const whole = search.search(query({ ...overrides, limit: 100 }));
      const pages = [0, 10, 20, 30].map((offset) => search.search(query({ ...overrides, offset, limit: 10 })));
      const seen = pages.flatMap((page) => page.jobs.map((job) => job.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(whole.jobs.slice(0, 40).map((job) => job.id));
      for (const page of pages) expect(page.total).toBe(whole.total);
    }
    const total = liveJobs.length;
    const last = search.search(query({ offset: total - 3, limit: 10 }));
    expect(last).toMatchObject({ total });
    expect(last.jobs).toHaveLength(3);
    expect(search.search(query({ offset: total + 5, limit: 10 }))).toEqual({ total, jobs: [] });
    expect(search.search(query({ offset: 0, limit: 0 }))).toEqual({ total, jobs: [] });
    expect(search.search(query({ offset: 0, limit: 10_000 })).jobs).toHaveLength(100); // capped page size
  });

  it('treats hostile text as plain text: results or nothing, never an error', () => {
    const hostile = ['"', '""', '%', '_', '\\', "'); DROP TABLE catalog_items; --", '*', '洗*', 'NEAR(', 'NEAR(a b)', 'OR', 'a OR b', 'AND', 'NOT 洗',
      '^', 'body : x', 'tags', '{body}', '😀', '👨‍👩‍👧', '洗😀', '\u0000', 'a\u0000b', '\ud800', 'x'.repeat(500), '   '];
    for (const text of hostile) {
      for (const sort of ['newest', 'pay', 'nearest'] as const) {
        const result = search.search(query({ text, sort, station: HEZE_STATION, workType: 'full_time' }));
        expect(result.total).toBeGreaterThanOrEqual(result.jobs.length);
      }
    }
    // And the ones with a plain-JS meaning give exactly that.
    for (const text of ['OR', '%', '_', '"', 'a OR b', "'); DROP TABLE catalog_items; --"]) {
      expect(ids(searchAll(search, { text }))).toEqual(ids(liveJobs.filter((job) => textMatches(job, text))));
    }
    expect(db.prepare(`SELECT count(*) FROM catalog_items WHERE kind = 'jobs'`).pluck().get()).toBe(seedJobs.length);
  });

  it('truncates text to 50 characters', () => {
    const job = liveJobs.find((candidate) => candidate.description.en.length > 80);
    if (job === undefined) throw new Error('no long description in the seed');
    // Characters past the 50th are not searched, so a made-up ending still finds the listing.
    const long = `${job.description.en.slice(0, 50)} and then words that appear in no listing at all`;
    expect(ids(searchAll(search, { text: long }))).toContain(job.id);
  });

  it('refuses a malformed "today" (a caller bug, not resident input)', () => {
    expect(() => search.search(query({ today: '22/11/2026' }))).toThrow(/yyyy-mm-dd/);
  });

  it('follows replaceCatalog: a listing removed from the catalog is no longer found', () => {
    const removed = liveJobs.find((job) => textMatches(job, '按摩'));
    if (removed === undefined) throw new Error('no massage listing in the seed');
    const before = searchAll(search, { text: '按摩' });
    expect(ids(before)).toContain(removed.id);

    replaceCatalog(db, 'jobs', seedJobs.filter((job) => job.id !== removed.id), { source: 'central', version: 'v2', updatedAt: '2026-11-22T01:00:00.000Z' });
    const after = searchAll(search, { text: '按摩' });
    expect(ids(after)).not.toContain(removed.id);
    expect(after).toHaveLength(before.length - 1);
    expect(ids(searchAll(search, { text: removed.title['zh-CN'] }))).not.toContain(removed.id);
    expect(search.search(query({})).total).toBe(liveJobs.length - 1);
  });

  it('leaves the index alone when replacing another catalog kind', () => {
    replaceCatalog(db, 'courses', [], { source: 'central', version: 'v2', updatedAt: '2026-11-22T01:00:00.000Z' });
    expect(search.search(query({})).total).toBe(liveJobs.length);
  });
});
