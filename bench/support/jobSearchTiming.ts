// The job-search measurement, shared by bench/job-search and bench/matching (which prints it beside its own p95):
// the listings go through replaceCatalog into a temp-file database opened like the kiosk opens it, then a mixed
// query set runs against createJobSearch, with a naive LIKE scan over the catalog JSON as the baseline.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceCatalog } from '../../electron/store/catalogStore.js';
import { createJobSearch, type JobSearchQuery, type JobSort } from '../../electron/store/jobSearch.js';
import { openDatabase } from '../../electron/store/openDatabase.js';
import { disabilityCategories } from '../../shared/catalog/disability.js';
import { workTypes, type Job } from '../../shared/catalog/job.js';
import { districts } from '../../shared/geo/districts.js';
import { BENCH_TODAY, percentile, pick, type Random } from './benchListings.js';

const QUERIES = 300;
const WARM_UP = 30;

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
      today: BENCH_TODAY,
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

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export const ms = (value: number): string => value.toFixed(2);

export type JobSearchTiming = { readonly p50: number; readonly p95: number; readonly naiveP95: number };

/** Loads the listings into a fresh database, times the query set, prints the detail and returns the summary. */
export function measureJobSearch(listings: readonly Job[], random: Random): JobSearchTiming {
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
    const expired = listings.filter((job) => job.expiresAt < BENCH_TODAY).length;
    console.log(
      `loaded ${listings.length.toLocaleString('en')} listings (${expired.toLocaleString('en')} expired) via replaceCatalog ` +
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
    return { p50, p95, naiveP95 };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
