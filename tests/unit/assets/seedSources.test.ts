import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CourseSchema } from '../../../shared/catalog/course.js';
import { JobSchema } from '../../../shared/catalog/job.js';
import { seedsDir, withoutWhitespace } from '../../support/seedDocuments.js';
import { courseNamingRules, documentNames, inForceIn, jobNamingRules, phrasesIn, ruleFor, seedFileOf } from './seedSourceEvidence.js';

// Issue #13: a listing or course cites only a document that is in force in its district and that names its
// kind of work. The catalog is read from assets/, so a hand edit is caught as well as a generator mistake.

const catalog = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../assets/catalog/${name}`, import.meta.url)), 'utf8'));
const jobs = z.array(JobSchema).parse(catalog('jobs.json'));
const courses = z.array(CourseSchema).parse(catalog('courses.json'));

interface Cited {
  readonly id: string;
  readonly districtCode: string;
  readonly source: string;
}

function outOfArea(items: readonly Cited[]): string[] {
  return items.flatMap((item) => {
    const prefix = inForceIn[item.source];
    if (prefix === undefined) return [`${item.id}: unknown document ${item.source}`];
    return item.districtCode.startsWith(prefix) ? [] : [`${item.id} (${item.districtCode}) cites ${item.source}`];
  });
}

describe('seed citations', () => {
  it('cite a document in force in the district: Heze plan only in 3717xx, Qingdao plan only in 3702xx', () => {
    expect(outOfArea(jobs)).toEqual([]);
    expect(outOfArea(courses)).toEqual([]);
  });

  it('cite a document that names the kind of work listed', () => {
    const unnamed = jobs.flatMap((job) => {
      const rule = ruleFor(jobNamingRules, job.category, job.title['zh-CN']);
      return rule !== undefined && documentNames(job.source, rule) ? [] : [`${job.id} ${job.title['zh-CN']}: ${job.source}`];
    });
    expect(unnamed).toEqual([]);
  });

  it('cite, for each course, a document that names what it teaches', () => {
    const unnamed = courses.flatMap((course) => {
      const rule = ruleFor(courseNamingRules, course.category, course.title['zh-CN']);
      return rule !== undefined && documentNames(course.source, rule) ? [] : [`${course.id} ${course.title['zh-CN']}: ${course.source}`];
    });
    expect(unnamed).toEqual([]);
  });

  it('catches a Heze-only document cited in Qingdao (the check can fail)', () => {
    const job = jobs.find((candidate) => candidate.districtCode.startsWith('3702'));
    if (job === undefined) throw new Error('no Qingdao listing in the seed');
    expect(outOfArea([{ ...job, source: '菏残联发〔2024〕18号' }])).toHaveLength(1);
  });

  it('quote only phrases that are in the documents', () => {
    // Not skipped when the seeds are missing: the citation checks above are only as good as these phrases.
    expect(existsSync(seedsDir), `seed documents not found at ${seedsDir}; set SEEDS_DIR`).toBe(true);
    const missing = Object.entries(phrasesIn).flatMap(([source, phrases]) => {
      const file = seedFileOf[source];
      if (file === undefined) return [`${source}: no seed file`];
      // The seed texts wrap lines mid-phrase; compare without whitespace.
      const text = withoutWhitespace(readFileSync(join(seedsDir, file), 'utf8'));
      return phrases.filter((phrase) => !text.includes(phrase)).map((phrase) => `${source}: ${phrase}`);
    });
    expect(missing).toEqual([]);
  });
});
