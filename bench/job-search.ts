// bench/job-search: job search latency over a 100,000-listing catalog (issue #4, target p95 ≤ 30 ms).
// Generates listings from the seed's own words with a fixed PRNG, loads them through replaceCatalog into
// a temp-file database opened like the kiosk opens it, runs a mixed query set, and compares with a naive
// LIKE scan over the catalog JSON. Build with `tsc -p tsconfig.node.json`, run `node dist/node/bench/job-search.js`.
import { seededRandom } from '../shared/random/seededRandom.js';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../electron/config/appPaths.js';
import { replaceCatalog } from '../electron/store/catalogStore.js';
import { createJobSearch, type JobSearchQuery, type JobSort } from '../electron/store/jobSearch.js';
import { openDatabase } from '../electron/store/openDatabase.js';
import { disabilityCategories } from '../shared/catalog/disability.js';
import { JobSchema, workTypes, type Job } from '../shared/catalog/job.js';
import { districts } from '../shared/geo/districts.js';

const LISTINGS = 100_000;
const QUERIES = 300;
const WARM_UP = 30;
const TODAY = '2026-11-22';
const TARGET_P95_MS = 30;


type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function roundPay(yuan: number, unit: Job['pay']['unit']): number {
  if (unit === 'piece') return Math.round(yuan * 100) / 100;
  if (unit === 'hour') return Math.round(yuan);
  return Math.round(yuan / 10) * 10;
}

/**
 * Realistic listings from the seed: title, description, hours and terms from one seed listing; the
 * requirements and employer from another of the same category; an address from a seed listing in the
 * chosen district with a new house number; pay scaled ±25 %; posted within the last 180 days and open
 * 30–270 days (so some have expired). Districts follow the seed's distribution.
 */
function generateListings(seed: readonly Job[], count: number, random: Random): Job[] {
  const byCategory = new Map<string, Job[]>();
  const byDistrict = new Map<string, Job[]>();
  for (const job of seed) {
    byCategory.set(job.category, [...(byCategory.get(job.category) ?? []), job]);
    byDistrict.set(job.districtCode, [...(byDistrict.get(job.districtCode) ?? []), job]);
  }
  const listings: Job[] = [];
  for (let i = 0; i < count; i += 1) {
    const template = pick(random, seed);
    const sibling = pick(random, byCategory.get(template.category) ?? [template]);
    const place = pick(random, byDistrict.get(pick(random, seed).districtCode) ?? [template]);
    const houseNumber = String(1 + Math.floor(random() * 998));
    const factor = 0.8 + random() * 0.45;
    const minYuan = roundPay(template.pay.minYuan * factor, template.pay.unit);
    const maxYuan = Math.max(minYuan, roundPay(template.pay.maxYuan * factor, template.pay.unit));
    const suitableFor = template.suitableFor.filter(() => random() > 0.15);
    const postedAt = addDays(TODAY, -Math.floor(random() * 180));
    listings.push({
      ...template,
      id: `job-bench-${String(i).padStart(6, '0')}`,
      employer: sibling.employer,
      requirements: sibling.requirements,
      districtCode: place.districtCode,
      address: {
        'zh-CN': place.address['zh-CN'].replace(/\d+号/, `${houseNumber}号`),
        en: place.address.en.replace(/No\. \d+/, `No. ${houseNumber}`),
      },
      pay: { minYuan, maxYuan, unit: template.pay.unit },
      workType: random() < 0.8 ? template.workType : pick(random, workTypes),
      suitableFor: suitableFor.length > 0 ? suitableFor : template.suitableFor,
      postedAt,
      expiresAt: addDays(postedAt, 30 + Math.floor(random() * 240)),
    });
  }
  return listings;
}

// Words residents would type, taken from the seed listings (1, 2 and 3+ characters, zh-CN and en).
const oneCharacter = ['洗', '修', '书', '店', '车', '剪', '家', 'a'];
const twoCharacters = ['保洁', '客服', '按摩', '快递', '分拣', '手工', '电商', '直播', '审核', '标注', '家政',
  '理发', '修鞋', '回收', '团购', '洗衣', '社区', '在家', '培训', '盲人', '绿化', 'it', 'AI'];
const longer = ['数据标注', '有声书', '快递驿站', '公益性岗位', '来料加工', '盲人按摩', '社区团购', '牡丹区',
  'massage', 'Parcel', 'customer service', 'home-based', 'Heze', 'Jinan', 'data labelling', 'sign language'];

function generateQueries(random: Random): JobSearchQuery[] {
  const queries: JobSearchQuery[] = [];
  const sorts: readonly JobSort[] = ['newest', 'nearest', 'pay'];
  for (let i = 0; i < QUERIES; i += 1) {
    const kind = random();
    // 15 % browse without text, 15 % one character, 40 % two, 30 % three or more.
    const text = kind < 0.15 ? '' : kind < 0.3 ? pick(random, oneCharacter) : kind < 0.7 ? pick(random, twoCharacters) : pick(random, longer);
    const station = pick(random, districts);
    const query: JobSearchQuery = {
      text,
      sort: pick(random, sorts),
      station: { lat: station.lat + (random() - 0.5) * 0.05, lon: station.lon + (random() - 0.5) * 0.05 },
      today: TODAY,
      offset: pick(random, [0, 0, 0, 0, 0, 0, 0, 20, 20, 40]),
      limit: 20,
    };
    // Half the queries carry filters, each filter independently.
    if (random() < 0.5) {
      if (random() < 0.4) query.districtCode = pick(random, districts).code;
      if (random() < 0.4) query.workType = pick(random, workTypes);
      if (random() < 0.4) query.suitableFor = pick(random, disabilityCategories);
      if (random() < 0.3) query.homeBased = random() < 0.5;
      if (random() < 0.3) query.payFloorMonthlyYuan = pick(random, [1500, 2000, 2500, 3000, 4000]);
    }
    queries.push(query);
  }
  return queries;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const ms = (value: number): string => value.toFixed(2);

function main(): void {
  const seed = z.array(JobSchema).parse(JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'jobs.json'), 'utf8')));
  const random = seededRandom(20_261_122);
  const listings = generateListings(seed, LISTINGS, random);
  const queries = generateQueries(random);

  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-job-search-'));
  const dbPath = join(dir, 'kiosk.db');
  const opened = openDatabase(dbPath);
  if (!opened.ok) throw new Error(`cannot open the bench database: ${opened.error.code}`);
  const db = opened.value;
  try {
    const loadStart = performance.now();
    replaceCatalog(db, 'jobs', listings, { source: 'central', version: 'bench', updatedAt: new Date().toISOString() });
    const loadMs = performance.now() - loadStart;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const expired = listings.filter((job) => job.expiresAt < TODAY).length;
    console.log(
      `loaded ${LISTINGS.toLocaleString('en')} listings (${expired.toLocaleString('en')} expired) via replaceCatalog ` +
        `(validate + catalog_items + job index) in ${(loadMs / 1000).toFixed(1)} s; database ${(statSync(dbPath).size / 1e6).toFixed(0)} MB`,
    );

    const search = createJobSearch(db);
    for (const query of queries.slice(0, WARM_UP)) search.search(query);
    const timings: number[] = [];
    const bySource = new Map<string, number[]>();
    for (const query of queries) {
      const start = performance.now();
      search.search(query);
      const elapsed = performance.now() - start;
      timings.push(elapsed);
      const length = Array.from(query.text).length;
      const bucket = length === 0 ? 'no text' : length < 3 ? '1–2 chars' : '3+ chars';
      bySource.set(bucket, [...(bySource.get(bucket) ?? []), elapsed]);
    }
    for (const [bucket, values] of bySource) {
      console.log(`  ${bucket.padEnd(9)} n=${String(values.length).padStart(3)}  p50 ${ms(percentile(values, 50))} ms  p95 ${ms(percentile(values, 95))} ms  max ${ms(Math.max(...values))} ms`);
    }

    // The naive baseline: every distinct query text as a LIKE scan over the stored JSON, with no
    // filters, expiry or sorting, so it is a lower bound for what the side index replaces.
    const naive = db.prepare(`SELECT id FROM catalog_items WHERE kind = 'jobs' AND data LIKE ? ESCAPE '\\'`);
    const texts = [...new Set(queries.map((query) => query.text).filter((text) => text !== ''))];
    const naiveTimings = texts.map((text) => {
      const start = performance.now();
      naive.all(`%${escapeLike(text)}%`);
      return performance.now() - start;
    });

    const p50 = percentile(timings, 50);
    const p95 = percentile(timings, 95);
    const naiveP95 = percentile(naiveTimings, 95);
    console.log(`  naive LIKE over catalog_items JSON: ${texts.length} distinct texts, p50 ${ms(percentile(naiveTimings, 50))} ms, p95 ${ms(naiveP95)} ms`);
    console.log(
      `job-search p50 ${ms(p50)} ms, p95 ${ms(p95)} ms (target ≤ ${TARGET_P95_MS}), naive LIKE p95 ${ms(naiveP95)} ms, ` +
        `ratio ${(naiveP95 / p95).toFixed(1)}×${p95 <= TARGET_P95_MS ? '' : ' — TARGET MISSED'}`,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
