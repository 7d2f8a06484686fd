import type { Database } from 'better-sqlite3';
import type { DisabilityCategory } from '../../shared/catalog/disability.js';
import { z } from 'zod';
import { JobSchema, type Job, type JobCategory, type WorkType } from '../../shared/catalog/job.js';
import type { LocalizedText } from '../../shared/catalog/localizedText.js';
import { findDistrict } from '../../shared/geo/districts.js';
import { hostPinyinLookup } from '../textEntry/hostPinyinLookup.js';

/*
 * How job listings are indexed for search (tables from migration 002; queries in jobSearch.ts).
 *
 * Short queries (1–2 characters). Trigram FTS5 matches nothing below 3 characters, yet most Chinese
 * job words are 2 (保洁, 客服, 按摩) and residents also type single characters (洗, 修). Measured on
 * 100,000 generated listings (bench/job-search.ts, 2-core machine, warm cache):
 *   - instr() over a compact, pre-lowercased text column in a side table: ~200 ms per query. The text
 *     is ~80 MB, an unfiltered query must read all of it, and the total count needs every row;
 *   - a unigram + bigram index (this design): ~2 ms to find and count the 67,000 listings that
 *     contain 社区, and less for rarer words; ~36 MB on disk and ~4 s to build at that size.
 * So each listing is also indexed by the set of its characters and adjacent character pairs. The
 * semantics stay exactly "substring of the normalised text", as on the trigram path: a 1–2 character
 * query (it has no whitespace once normalised) is a substring iff it is one of those grams.
 *
 * Filters. District, work type, suitability and home-based are written into both FTS tables as tags,
 * so "text AND filters" is a single FTS5 query that counts without reading any other table. Expiry is
 * the rowid order (see migration 002). Only the pay floor, a number, is checked against job_index.
 */

/**
 * Lower-cased NFKC text with control characters and whitespace runs collapsed to one space: applied
 * to listings and to queries alike, so full-width Latin from a Chinese IME (ＩＴ) finds "it" and
 * case never matters. Control characters are dropped because FTS5 treats NUL as the end of a query.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/**
 * The searchable text of one listing: zh-CN and en of title, employer, description, requirements and
 * address, plus the district and city names. Fields are joined with "\n", which a normalised query
 * never contains, so a match cannot straddle two fields.
 */
export function jobSearchText(job: Job): string {
  const fields: LocalizedText[] = [job.title, job.employer, job.description, job.requirements, job.address];
  const district = findDistrict(job.districtCode);
  if (district !== undefined) fields.push(district.name, district.city);
  const text = fields.flatMap((field) => [normalizeSearchText(field['zh-CN']), normalizeSearchText(field.en)]);
  return [...text, initialsText(job.title['zh-CN']), initialsText(job.employer['zh-CN'])].join('\n');
}

/*
 * Keypad initials (issue #12): 保洁员 is also indexed as the phone keys of its pinyin initials, 2 5 9,
 * written as private-use characters (U+E012–U+E019 for keys 2–9) so that nothing a resident types as
 * text can match them, and initials can only be found by an initials query (initialsQueryText).
 */
const INITIAL_KEY_BASE = 0xe010;

function initialsText(text: string): string {
  return Array.from(hostPinyinLookup().initialKeys(text), (key) => String.fromCodePoint(INITIAL_KEY_BASE + Number(key))).join('');
}

/** The searchable form of keypad initials ("25"), matching the initials lines of jobSearchText. */
export function initialsQueryText(keys: string): string {
  return Array.from(keys.replace(/[^2-9]/g, ''), (key) => String.fromCodePoint(INITIAL_KEY_BASE + Number(key))).join('');
}

/*
 * Pay normalised to 元/月, so day, hour and month rates compare. This is a full-time-equivalent *rate*,
 * not expected earnings (many hourly jobs are 4 hours a day; the listing shows the hours). Factors are
 * the official conversions of 劳社部发〔2008〕3号: 21.75 paid days a month, 174 (= 8 × 21.75) paid hours.
 * Piece rates have no knowable monthly equivalent (0.05 元 a label says nothing about a month) and the
 * job schema has no monthly-equivalent field (a few descriptions mention one in prose; parsing prose
 * is not defensible), so they are null: a pay floor excludes them (we cannot show that they meet it)
 * and they sort last by pay.
 */
export const monthlyPayFactor = { month: 1, day: 21.75, hour: 174, piece: null } as const;

export function monthlyPay(yuan: number, unit: Job['pay']['unit']): number | null {
  const factor = monthlyPayFactor[unit];
  return factor === null ? null : yuan * factor;
}

/** yyyy-mm-dd → yyyymmdd, so expiry compares as a number. */
export function dayNumber(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 10_000 + Number(isoDay.slice(5, 7)) * 100 + Number(isoDay.slice(8, 10));
}

/** Newest first; ties by id so the order (and therefore paging) is stable. */
export function compareNewestFirst(a: Job, b: Job): number {
  if (a.postedAt !== b.postedAt) return a.postedAt < b.postedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function compareExpiryFirst(a: Job, b: Job): number {
  if (a.expiresAt !== b.expiresAt) return a.expiresAt < b.expiresAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/*
 * Filter tags: a kind and a two-character value. Explicit codes, not enum positions, so reordering an
 * enum cannot silently change what an existing index means.
 *   - job_grams (ascii tokenizer): "z" + kind letter + value, e.g. "zwas". Grams are hex digits and
 *     "x", so no gram can start with "z".
 *   - job_fts (trigram tokenizer): a private-use kind character + value, exactly 3 characters = one
 *     trigram, so a tag is a single term lookup. Queries address the tags column only ("tags : …"),
 *     and resident text only the body column, so neither can match the other.
 */
export type FilterTag = { readonly kind: 'district' | 'workType' | 'suitableFor' | 'homeBased' | 'category'; readonly value: string };

const workTypeTags = {
  full_time: 'ft', flexible: 'fl', home_based: 'hb', assisted: 'as', public_welfare: 'pw',
} as const satisfies Record<WorkType, string>;
const disabilityTags = {
  visual: 'vi', hearing: 'he', speech: 'sp', physical: 'ph', intellectual: 'in', mental: 'me',
} as const satisfies Record<DisabilityCategory, string>;
const categoryTags = {
  express: 'ex', recycling: 're', group_buying: 'gb', laundry: 'la', massage: 'ma', housekeeping: 'ho', data_labeling: 'dl',
  customer_service: 'cs', ecommerce: 'ec', content_review: 'cr', audiobook: 'ab', handicraft: 'hc', public_welfare: 'pw', community_service: 'co',
} as const satisfies Record<JobCategory, string>;
const gramKind = { district: 'zd', workType: 'zw', suitableFor: 'zs', homeBased: 'zh', category: 'zc' } as const;
const trigramKind = { district: '\u{e001}', workType: '\u{e002}', suitableFor: '\u{e003}', homeBased: '\u{e004}', category: '\u{e005}' } as const;

export function districtTag(ord: number): FilterTag {
  // Two base-36 characters: up to 1,296 districts (Shandong has 136 county-level divisions).
  return { kind: 'district', value: ord.toString(36).padStart(2, '0') };
}
export function workTypeTag(workType: WorkType): FilterTag {
  return { kind: 'workType', value: workTypeTags[workType] };
}
export function suitableForTag(category: DisabilityCategory): FilterTag {
  return { kind: 'suitableFor', value: disabilityTags[category] };
}
export function categoryTag(category: JobCategory): FilterTag {
  return { kind: 'category', value: categoryTags[category] };
}
export function homeBasedTag(homeBased: boolean): FilterTag {
  return { kind: 'homeBased', value: homeBased ? 'ye' : 'no' };
}
export function gramTag(tag: FilterTag): string {
  return `${gramKind[tag.kind]}${tag.value}`;
}
export function trigramTag(tag: FilterTag): string {
  return `${trigramKind[tag.kind]}${tag.value}`;
}

const hexCache: (string | null)[] = new Array<string | null>(0x10000).fill(null);

function hex(codePoint: number): string {
  if (codePoint >= 0x10000) return codePoint.toString(16);
  let cached = hexCache[codePoint];
  if (cached === undefined || cached === null) {
    cached = codePoint.toString(16);
    hexCache[codePoint] = cached;
  }
  return cached;
}

/** The job_grams token for a 1- or 2-code-point string (hex code points, a pair joined by "x"). */
export function gramToken(codePoints: readonly number[]): string {
  return codePoints.map(hex).join('x');
}

/**
 * Collects the distinct unigrams and bigrams of one text at a time. A JS Set over 100k listings costs
 * seconds more; typed arrays stamped with a per-text epoch avoid hashing strings and clearing tables.
 */
function createGramCollector(): (text: string) => string[] {
  const seenCharacter = new Uint32Array(0x110000);
  let capacity = 1 << 14;
  let pairFirst = new Uint32Array(capacity);
  let pairSecond = new Uint32Array(capacity);
  let pairStamp = new Uint32Array(capacity);
  let epoch = 0;

  return (text) => {
    epoch += 1;
    // Open addressing needs free slots: keep the table over twice the number of pairs in this text.
    if (text.length * 2 > capacity) {
      while (text.length * 2 > capacity) capacity *= 2;
      pairFirst = new Uint32Array(capacity);
      pairSecond = new Uint32Array(capacity);
      pairStamp = new Uint32Array(capacity);
    }
    const mask = capacity - 1;
    const tokens: string[] = [];
    let previous = -1;
    for (let i = 0; i < text.length; i += 1) {
      const codePoint = text.codePointAt(i) ?? 0;
      if (codePoint >= 0x10000) i += 1; // skip the low surrogate of an astral character (emoji)
      // After normalizeSearchText the only whitespace left is " " and the "\n" field separator.
      if (codePoint === 0x20 || codePoint === 0x0a) {
        previous = -1;
        continue;
      }
      if (seenCharacter[codePoint] !== epoch) {
        seenCharacter[codePoint] = epoch;
        tokens.push(hex(codePoint));
      }
      if (previous >= 0) {
        let slot = (Math.imul(previous, 0x9e3779b1) ^ Math.imul(codePoint, 0x85ebca6b)) & mask;
        for (;;) {
          if (pairStamp[slot] !== epoch) {
            pairStamp[slot] = epoch;
            pairFirst[slot] = previous;
            pairSecond[slot] = codePoint;
            tokens.push(`${hex(previous)}x${hex(codePoint)}`);
            break;
          }
          if (pairFirst[slot] === previous && pairSecond[slot] === codePoint) break;
          slot = (slot + 1) & mask;
        }
      }
      previous = codePoint;
    }
    return tokens;
  };
}

const INSERT_CHUNK = 10_000;

/** Rebuilds the index from the jobs already stored (a migration that changes what is indexed). */
export function reindexStoredJobs(db: Database): void {
  const rows = z.array(z.object({ data: z.string() })).parse(db.prepare(`SELECT data FROM catalog_items WHERE kind = 'jobs'`).all());
  // Only validated jobs were ever stored; a row that no longer parses is left out of search, not fatal.
  const jobs = rows.flatMap((row) => {
    const parsed = JobSchema.safeParse(JSON.parse(row.data));
    return parsed.success ? [parsed.data] : [];
  });
  rebuildJobIndex(db, jobs);
}

/**
 * Replaces the whole job index with `jobs`. Runs in its own transaction, which becomes a savepoint
 * when the caller already has one open (replaceCatalog), so the catalog and its index swap together.
 */
export function rebuildJobIndex(db: Database, jobs: readonly Job[]): void {
  const insertDistrict = db.prepare('INSERT INTO job_district (ord, code, lat, lon) VALUES (?, ?, ?, ?)');
  const insertRow = db.prepare(
    `INSERT INTO job_index (seq, expires_day, newest_rank, district_ord, pay_min_monthly, pay_max_monthly, id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertText = db.prepare('INSERT INTO job_fts (rowid, body, tags) VALUES (?, ?, ?)');
  const insertGrams = db.prepare('INSERT INTO job_grams (rowid, grams) VALUES (?, ?)');
  const collectGrams = createGramCollector();

  const newestRank = new Map([...jobs].sort(compareNewestFirst).map((job, rank) => [job, rank]));
  const districtOrd = new Map([...new Set(jobs.map((job) => job.districtCode))].sort().map((code, ord) => [code, ord]));

  const byExpiry = [...jobs].sort(compareExpiryFirst);

  db.transaction(() => {
    // Contentless FTS5 tables are emptied with 'delete-all'; DELETE without WHERE truncates a table.
    db.exec(`
      DELETE FROM job_index;
      DELETE FROM job_district;
      INSERT INTO job_fts (job_fts) VALUES ('delete-all');
      INSERT INTO job_grams (job_grams) VALUES ('delete-all');
    `);
    for (const [code, ord] of districtOrd) {
      const district = findDistrict(code);
      insertDistrict.run(ord, code, district?.lat ?? null, district?.lon ?? null);
    }
    const tagsBySeq = byExpiry.map((job, index) => {
      const ord = districtOrd.get(job.districtCode) ?? 0;
      insertRow.run(
        index + 1,
        dayNumber(job.expiresAt),
        newestRank.get(job) ?? 0,
        ord,
        monthlyPay(job.pay.minYuan, job.pay.unit),
        monthlyPay(job.pay.maxYuan, job.pay.unit),
        job.id,
      );
      return [districtTag(ord), workTypeTag(job.workType), categoryTag(job.category), homeBasedTag(job.homeBased), ...job.suitableFor.map(suitableForTag)];
    });
    // One FTS5 table at a time, in chunks: row-by-row alternation between the two tables measured
    // ~35 % slower at 100k listings, and chunks keep only 10,000 texts in memory at once.
    for (let start = 0; start < byExpiry.length; start += INSERT_CHUNK) {
      const texts = byExpiry.slice(start, start + INSERT_CHUNK).map(jobSearchText);
      texts.forEach((text, i) => {
        const seq = start + i + 1;
        insertText.run(seq, text, (tagsBySeq[seq - 1] ?? []).map(trigramTag).join(' '));
      });
      texts.forEach((text, i) => {
        const seq = start + i + 1;
        insertGrams.run(seq, [...collectGrams(text), ...(tagsBySeq[seq - 1] ?? []).map(gramTag)].join(' '));
      });
    }
  })();
}
