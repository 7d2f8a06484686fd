// Bench listings shared by bench/job-search and bench/matching: a 100,000-listing catalog made from the seed's
// own words with a fixed PRNG, so both benches rank and search the same realistic data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../electron/config/appPaths.js';
import { JobSchema, workTypes, type Job } from '../../shared/catalog/job.js';

export const BENCH_TODAY = '2026-11-22';

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function readSeedJobs(): Job[] {
  return z.array(JobSchema).parse(JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'jobs.json'), 'utf8')));
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
export function generateListings(seed: readonly Job[], count: number, random: Random): Job[] {
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
    const postedAt = addDays(BENCH_TODAY, -Math.floor(random() * 180));
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

