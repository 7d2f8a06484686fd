import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { DisabilityCategory } from '../../shared/catalog/disability.js';
import type { Job, JobCategory, WorkType } from '../../shared/catalog/job.js';
import {
  categoryTag,
  dayNumber,
  districtTag,
  gramTag,
  gramToken,
  homeBasedTag,
  initialsQueryText,
  normalizeSearchText,
  suitableForTag,
  trigramTag,
  workTypeTag,
  type FilterTag,
} from './jobIndex.js';
import type { KioskDatabase } from './openDatabase.js';

export type JobSort = 'newest' | 'nearest' | 'pay';

export type JobSearchQuery = {
  /** What the resident typed; empty means no text filter. Matched as a substring, case-insensitively. */
  text: string;
  /** Keypad initials instead of text (issue #12): "25" finds 保洁 by its pinyin initials B J. */
  initials?: string;
  districtCode?: string;
  category?: JobCategory;
  workType?: WorkType;
  suitableFor?: DisabilityCategory;
  homeBased?: boolean;
  /** Only listings whose *minimum* pay, as 元/月 full-time equivalent, reaches this (jobIndex.monthlyPay). */
  payFloorMonthlyYuan?: number;
  /** 'nearest' needs `station`; without one the order is 'newest'. Ties are broken by 'newest'. */
  sort: JobSort;
  station?: { lat: number; lon: number };
  /** yyyy-mm-dd; listings with expiresAt before it are hidden. */
  today: string;
  offset: number;
  limit: number;
};

export type JobSearchResult = { total: number; jobs: Job[] };

export type JobSearch = { search(query: JobSearchQuery): JobSearchResult };

/** Longer text is cut (the API layer limits it too): it bounds the FTS5 phrase a resident can send. */
export const maxQueryCharacters = 50;
/** A page never holds more listings than this, whatever the caller asks for. */
export const maxPageSize = 100;

// Which table finds the matches: job_index alone (no text, no tag filters), job_grams (1–2
// characters, or tag filters only) or job_fts (3+ characters).
type Source = 'index' | 'grams' | 'trigram';
const sources: readonly Source[] = ['index', 'grams', 'trigram'];
const sorts: readonly JobSort[] = ['newest', 'nearest', 'pay'];

type Bindings = {
  match: string | null;
  firstLive: number;
  payFloor: number | null;
  ranks: Buffer;
  offset: number;
  limit: number;
};

function orderBy(sort: JobSort): string {
  switch (sort) {
    case 'newest':
      return 'ji.newest_rank';
    case 'pay':
      // SQLite sorts NULL lowest, so DESC puts piece rates (unknown monthly pay) last.
      return 'ji.pay_max_monthly DESC, ji.newest_rank';
    case 'nearest':
      // @ranks holds each district's distance rank as 2 big-endian bytes at 2 × ord: comparing the
      // 2-byte blobs orders by distance without computing one per listing (nearestRanks below).
      return 'substr(@ranks, ji.district_ord * 2 + 1, 2), ji.newest_rank';
  }
}

function ftsTable(source: 'grams' | 'trigram'): string {
  return source === 'grams' ? 'job_grams' : 'job_fts';
}

// "Not expired" is rowid >= @firstLive (job_index is in expiry order), which FTS5 applies inside its
// index. CROSS JOIN keeps the FTS side as the outer loop: the planner must not instead walk a
// job_index ordering index and probe FTS5 once per row. The pay floor, when set, is the only filter
// that reads job_index; each statement exists with and without it so neither pays for the other.
/** The page of ids; trigram statements also return the total (column `total`). */
function pageSql(source: Source, sort: JobSort, withPayFloor: boolean): string {
  const payFloor = withPayFloor ? 'AND ji.pay_min_monthly >= @payFloor' : '';
  const tail = `ORDER BY ${orderBy(sort)} LIMIT @limit OFFSET @offset`;
  switch (source) {
    case 'index':
      return `SELECT ji.id AS id FROM job_index AS ji WHERE ji.seq >= @firstLive ${payFloor} ${tail}`;
    case 'grams':
      return `SELECT ji.id AS id FROM job_grams CROSS JOIN job_index AS ji ON ji.seq = job_grams.rowid
        WHERE job_grams MATCH @match AND job_grams.rowid >= @firstLive ${payFloor} ${tail}`;
    case 'trigram':
      // A long phrase is the expensive part (every one of its trigrams' positions is checked), so it
      // is evaluated once: the matching rowids are materialised, then counted and joined for the page.
      // Measured at 100k listings: "customer service" 33 → 17 ms; short phrases about even.
      return `WITH m AS MATERIALIZED (
          SELECT rowid AS seq FROM job_fts WHERE job_fts MATCH @match AND rowid >= @firstLive)
        SELECT ji.id AS id, (SELECT count(*) FROM m
          ${withPayFloor ? 'CROSS JOIN job_index AS ji ON ji.seq = m.seq WHERE ji.pay_min_monthly >= @payFloor' : ''}) AS total
        FROM m CROSS JOIN job_index AS ji ON ji.seq = m.seq WHERE 1 ${payFloor} ${tail}`;
  }
}

/** The total, for when the page cannot tell it. Without a pay floor only the FTS5 index is read. */
function countSql(source: Source, withPayFloor: boolean): string {
  const payFloor = withPayFloor ? 'AND ji.pay_min_monthly >= @payFloor' : '';
  if (source === 'index') return `SELECT count(*) AS total FROM job_index AS ji WHERE ji.seq >= @firstLive ${payFloor}`;
  const table = ftsTable(source);
  return withPayFloor
    ? `SELECT count(*) AS total FROM ${table} CROSS JOIN job_index AS ji ON ji.seq = ${table}.rowid
        WHERE ${table} MATCH @match AND ${table}.rowid >= @firstLive ${payFloor}`
    : `SELECT count(*) AS total FROM ${table} WHERE ${table} MATCH @match AND rowid >= @firstLive`;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function wholeNumber(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}

/** An FTS5 string literal: one phrase, `"` escaped by doubling, so OR, NEAR(, *, ^ stay plain text. */
function phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Chooses the index and builds a MATCH expression in which everything from the resident is a literal. */
function matchExpression(rawText: string, tags: readonly FilterTag[]): { source: Source; match: string | null } {
  return matchNormalised(normalizeSearchText(rawText), tags);
}

function matchNormalised(normalised: string, tags: readonly FilterTag[]): { source: Source; match: string | null } {
  const characters = Array.from(normalised).slice(0, maxQueryCharacters);
  // Truncation can leave a trailing space, which would then have to match too.
  const text = characters.join('').trimEnd();
  const codePoints = Array.from(text, (character) => character.codePointAt(0) ?? 0);
  if (codePoints.length >= 3) {
    return { source: 'trigram', match: [`body : ${phrase(text)}`, ...tags.map((tag) => `tags : ${phrase(trigramTag(tag))}`)].join(' AND ') };
  }
  // Gram tokens and gram tags contain only [0-9a-z]: nothing typed reaches the FTS5 syntax.
  const terms = [...(codePoints.length > 0 ? [gramToken(codePoints)] : []), ...tags.map(gramTag)];
  return terms.length === 0 ? { source: 'index', match: null } : { source: 'grams', match: terms.map(phrase).join(' AND ') };
}

const DistrictRowSchema = z.object({ ord: z.number(), code: z.string(), lat: z.number().nullable(), lon: z.number().nullable() });
const DistrictRowsSchema = z.array(DistrictRowSchema);
type DistrictRow = z.infer<typeof DistrictRowSchema>;

/**
 * Distance rank of every indexed district from the station, as 2 big-endian bytes per ord. Squared
 * equirectangular distance (longitude scaled by cos latitude) ranks places within one province
 * correctly enough; districts without coordinates rank last.
 */
function nearestRanks(districts: readonly DistrictRow[], station: { lat: number; lon: number }): Buffer {
  const lonScale = Math.cos((station.lat * Math.PI) / 180);
  const distance = (d: DistrictRow): number =>
    d.lat === null || d.lon === null ? Number.POSITIVE_INFINITY : (d.lat - station.lat) ** 2 + ((d.lon - station.lon) * lonScale) ** 2;
  const ranks = Buffer.alloc(2 * (Math.max(-1, ...districts.map((d) => d.ord)) + 1), 0xff);
  [...districts]
    .sort((a, b) => distance(a) - distance(b) || a.ord - b.ord)
    .forEach((district, rank) => ranks.writeUInt16BE(Math.min(rank, 0xfffe), district.ord * 2));
  return ranks;
}

/**
 * Job search over the local catalog: the side tables of migration 002 find, count and order matches,
 * and only the listings on the requested page are read from catalog_items.
 */
export function createJobSearch(db: KioskDatabase): JobSearch {
  // Every statement is prepared once, here: 3 sources × 3 sorts × with/without pay floor, and the
  // counts. Each gets the full Bindings object; better-sqlite3 ignores named values it does not use.
  const page = new Map<string, Statement<[Bindings]>>();
  const count = new Map<string, Statement<[Bindings]>>();
  for (const source of sources) {
    for (const withPayFloor of [false, true]) {
      for (const sort of sorts) page.set(`${source}:${sort}:${withPayFloor}`, db.prepare(pageSql(source, sort, withPayFloor)));
      count.set(`${source}:${withPayFloor}`, db.prepare(countSql(source, withPayFloor)));
    }
  }
  const firstLive = db.prepare('SELECT seq FROM job_index WHERE expires_day >= ? ORDER BY expires_day LIMIT 1').pluck();
  const districtOrd = db.prepare('SELECT ord FROM job_district WHERE code = ?').pluck();
  const allDistricts = db.prepare('SELECT ord, code, lat, lon FROM job_district');
  const readJob = db.prepare(`SELECT data FROM catalog_items WHERE kind = 'jobs' AND id = ?`).pluck();
  const TotalSchema = z.object({ total: z.number() });
  const PageRowsSchema = z.array(z.object({ id: z.string(), total: z.number().optional() }));
  const nothing: JobSearchResult = { total: 0, jobs: [] };

  return {
    search(query) {
      if (!isoDay.test(query.today)) throw new Error(`jobSearch: today must be yyyy-mm-dd, got ${query.today}`);
      const live: unknown = firstLive.get(dayNumber(query.today));
      if (typeof live !== 'number') return nothing;

      const tags: FilterTag[] = [];
      if (query.districtCode !== undefined) {
        const ord: unknown = districtOrd.get(query.districtCode);
        if (typeof ord !== 'number') return nothing; // no listing in that district
        tags.push(districtTag(ord));
      }
      if (query.workType !== undefined) tags.push(workTypeTag(query.workType));
      if (query.category !== undefined) tags.push(categoryTag(query.category));
      if (query.suitableFor !== undefined) tags.push(suitableForTag(query.suitableFor));
      if (query.homeBased !== undefined) tags.push(homeBasedTag(query.homeBased));

      // Initials are already in their indexed form; they are not text, so they skip text normalisation.
      const initials = initialsQueryText(query.initials ?? '');
      const { source, match } = initials === '' ? matchExpression(query.text, tags) : matchNormalised(initials, tags);
      const sort = query.sort === 'nearest' && query.station === undefined ? 'newest' : query.sort;
      const bindings: Bindings = {
        match,
        firstLive: live,
        payFloor: query.payFloorMonthlyYuan ?? null,
        ranks: sort === 'nearest' && query.station !== undefined ? nearestRanks(DistrictRowsSchema.parse(allDistricts.all()), query.station) : Buffer.alloc(0),
        offset: wholeNumber(query.offset, 0, Number.MAX_SAFE_INTEGER),
        limit: wholeNumber(query.limit, 0, maxPageSize),
      };

      const withPayFloor = bindings.payFloor !== null;
      const pageStatement = page.get(`${source}:${sort}:${withPayFloor}`);
      const countStatement = count.get(`${source}:${withPayFloor}`);
      if (pageStatement === undefined || countStatement === undefined) throw new Error(`jobSearch: no statement for ${source}:${sort}`);
      const rows = PageRowsSchema.parse(pageStatement.all(bindings));
      const ids = rows.map((row) => row.id);

      // The trigram page carries the total; otherwise a short page is the end of the list, so it tells
      // the total too. Count separately only when neither can.
      const total =
        rows[0]?.total ??
        (ids.length > 0 && ids.length < bindings.limit
          ? bindings.offset + ids.length
          : ids.length === 0 && bindings.offset === 0 && bindings.limit > 0
            ? 0
            : TotalSchema.parse(countStatement.get(bindings)).total);

      const jobs = ids.flatMap((id) => {
        const data: unknown = readJob.get(id);
        // Trusted without re-validation: only JobSchema-validated listings are ever written to
        // catalog_items (the seed loader and replaceCatalog parse them), and a page is at most 100 rows.
        return typeof data === 'string' ? [JSON.parse(data) as Job] : [];
      });
      return { total, jobs };
    },
  };
}
