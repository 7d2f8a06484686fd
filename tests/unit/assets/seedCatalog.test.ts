import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { JobSchema, jobCategories, workTypes, type Job } from '../../../shared/catalog/job.js';
import { CourseSchema, courseCategories, courseFormats, type Course } from '../../../shared/catalog/course.js';
import { districts } from '../../../shared/geo/districts.js';
import { buildJobs, jobsJsonUrl, writeJobsJson } from '../../../scripts/seed/generateJobs.js';
import { buildCourses, coursesJsonUrl, writeCoursesJson } from '../../../scripts/seed/generateCourses.js';
import { seedSources } from '../../../scripts/seed/jobTemplates.js';
import { SKILL_SUBSIDY } from '../../../scripts/seed/courseTemplates.js';

// Checks the shipped seed catalog (assets/catalog/*.json) and that it is exactly what the generators
// produce. Regenerate with: UPDATE_SEED=1 npx vitest run --project unit tests/unit/assets/seedCatalog.test.ts

if (process.env.UPDATE_SEED === '1') {
  writeJobsJson();
  writeCoursesJson();
}

function readJsonArray(url: URL): unknown[] {
  const path = fileURLToPath(url);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing; regenerate it with UPDATE_SEED=1 (see the top of this file)`);
  }
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) {
    throw new Error(`${path} must hold a JSON array`);
  }
  return parsed;
}

function issuesOf<T>(schema: z.ZodType<T>, items: readonly unknown[]): string[] {
  return items.flatMap((item, index) => {
    const result = schema.safeParse(item);
    return result.success ? [] : result.error.issues.map((issue) => `[${index}] ${issue.path.map(String).join('.')}: ${issue.message}`);
  });
}

function validOnly<T>(schema: z.ZodType<T>, items: readonly unknown[]): T[] {
  return items.flatMap((item) => {
    const result = schema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

/** Every {zh-CN, en} pair anywhere inside a value, so translations can be checked wholesale. */
function localizedTexts(value: unknown): { zh: string; en: string }[] {
  if (Array.isArray(value)) {
    return value.flatMap(localizedTexts);
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const record = value as Record<string, unknown>;
  const zh = record['zh-CN'];
  const en = record['en'];
  if (typeof zh === 'string' && typeof en === 'string') {
    return [{ zh, en }];
  }
  return Object.values(record).flatMap(localizedTexts);
}

const cjk = /[\u3400-\u9fff]/u;
const rawJobs = readJsonArray(jobsJsonUrl);
const rawCourses = readJsonArray(coursesJsonUrl);
const jobs: Job[] = validOnly(JobSchema, rawJobs);
const courses: Course[] = validOnly(CourseSchema, rawCourses);
const sessions = courses.flatMap((course) => course.sessions);
const districtCodes = new Set(districts.map((district) => district.code));
const knownSources = new Set<string>(Object.values(seedSources));

describe('seed catalog files', () => {
  it('validate every job against JobSchema and every course against CourseSchema', () => {
    expect(issuesOf(JobSchema, rawJobs)).toEqual([]);
    expect(issuesOf(CourseSchema, rawCourses)).toEqual([]);
  });

  it('are exactly what the generators produce (no hand edits, no drift)', () => {
    expect(rawJobs).toEqual(buildJobs());
    expect(rawCourses).toEqual(buildCourses());
  });

  it('generate the same output on every run', () => {
    expect(buildJobs()).toEqual(buildJobs());
    expect(buildCourses()).toEqual(buildCourses());
  });

  it('have unique ids, including session ids', () => {
    const ids = [...jobs.map((job) => job.id), ...courses.map((course) => course.id), ...sessions.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(jobs.every((job) => /^job-\d{4}$/.test(job.id))).toBe(true);
    expect(courses.every((course) => /^course-\d{3}$/.test(course.id))).toBe(true);
    for (const course of courses) {
      expect(course.sessions.map((s) => s.id)).toEqual(course.sessions.map((_, i) => `${course.id}-s${i + 1}`));
    }
  });

  it('use only districts the kiosk knows', () => {
    const unknown = [...jobs, ...courses].map((item) => item.districtCode).filter((code) => !districtCodes.has(code));
    expect(unknown).toEqual([]);
  });

  it('translate every text into English (no Chinese left in en fields)', () => {
    const untranslated = localizedTexts([...rawJobs, ...rawCourses]).filter(({ en }) => en.trim() === '' || cjk.test(en));
    expect(untranslated).toEqual([]);
  });

  it('cite one of the seed documents as source', () => {
    const unknown = [...jobs, ...courses].map((item) => item.source).filter((source) => !knownSources.has(source));
    expect(unknown).toEqual([]);
  });
});

describe('seed jobs', () => {
  it('has at least 160 listings', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(160);
  });

  it('covers every job category and work type', () => {
    expect(new Set(jobs.map((job) => job.category))).toEqual(new Set(jobCategories));
    expect(new Set(jobs.map((job) => job.workType))).toEqual(new Set(workTypes));
  });

  it('marks exactly the home-based work type as homeBased', () => {
    expect(jobs.filter((job) => job.homeBased !== (job.workType === 'home_based'))).toEqual([]);
  });

  it('puts 如康家园 handicraft under assisted employment for intellectual/mental disabilities', () => {
    const rukang = jobs.filter((job) => job.employer['zh-CN'].includes('如康家园'));
    expect(rukang.length).toBeGreaterThan(0);
    for (const job of rukang) {
      expect(job.workType).toBe('assisted');
      expect(job.suitableFor).toEqual(expect.arrayContaining(['intellectual', 'mental']));
    }
  });

  it('offers massage to visually impaired residents', () => {
    const massage = jobs.filter((job) => job.category === 'massage');
    expect(massage.every((job) => job.suitableFor.includes('visual'))).toBe(true);
  });

  it('spreads listings across Shandong with Heze the largest share', () => {
    const cityOf = (code: string): string => code.slice(0, 4);
    const heze = jobs.filter((job) => cityOf(job.districtCode) === '3717').length;
    expect(heze / jobs.length).toBeGreaterThan(0.3);
    // Jinan, Qingdao, Zibo, Yantai, Weifang, Jining, Linyi.
    for (const city of ['3701', '3702', '3703', '3706', '3707', '3708', '3713']) {
      expect(jobs.some((job) => cityOf(job.districtCode) === city)).toBe(true);
    }
  });

  it('contains the plain keywords residents search for', () => {
    for (const keyword of ['保洁', '客服', '按摩', '数据标注']) {
      expect(jobs.filter((job) => job.title['zh-CN'].includes(keyword)).length, keyword).toBeGreaterThanOrEqual(3);
    }
    for (const keyword of ['快递', '手工']) {
      const hits = jobs.filter((job) => `${job.title['zh-CN']}${job.description['zh-CN']}`.includes(keyword));
      expect(hits.length, keyword).toBeGreaterThanOrEqual(3);
    }
  });

  it('posts between 2026-08-01 and 2026-11-20 and expires after posting', () => {
    expect(jobs.filter((job) => job.postedAt < '2026-08-01' || job.postedAt > '2026-11-20')).toEqual([]);
    expect(jobs.filter((job) => job.expiresAt <= job.postedAt)).toEqual([]);
  });

  it('includes at least 5 already-expired listings while most stay open into 2027', () => {
    expect(jobs.filter((job) => job.expiresAt < '2026-11-01').length).toBeGreaterThanOrEqual(5);
    expect(jobs.filter((job) => job.expiresAt >= '2027-01-01').length).toBeGreaterThan(jobs.length / 2);
  });

  it('quotes pay in plausible Shandong ranges for its unit', () => {
    const ceiling = { month: 8000, day: 300, hour: 60, piece: 100 } as const;
    const implausible = jobs.filter((job) => job.pay.maxYuan > ceiling[job.pay.unit] || job.pay.minYuan <= 0);
    expect(implausible).toEqual([]);
  });

  it('names at least one suitable disability category and a contact for every listing', () => {
    expect(jobs.filter((job) => job.suitableFor.length === 0)).toEqual([]);
    // Demonstration data has no real employer to phone: the contact is the station (seedDemonstration.test.ts).
    expect(jobs.filter((job) => job.contact.method !== 'station' || job.contact.value === '')).toEqual([]);
  });
});

describe('seed courses', () => {
  it('has at least 32 courses with 1–3 sessions each', () => {
    expect(courses.length).toBeGreaterThanOrEqual(32);
    expect(courses.filter((course) => course.sessions.length < 1 || course.sessions.length > 3)).toEqual([]);
  });

  it('covers every course category and format', () => {
    expect(new Set(courses.map((course) => course.category))).toEqual(new Set(courseCategories));
    expect(new Set(courses.map((course) => course.format))).toEqual(new Set(courseFormats));
  });

  it('schedules sessions between 2026-12-01 and 2027-06-30, start before end', () => {
    const outOfRange = sessions.filter(
      (s) => s.startDate < '2026-12-01' || s.endDate > '2027-06-30' || s.endDate < s.startDate,
    );
    expect(outOfRange).toEqual([]);
  });

  it('keeps seat counts consistent, with full and nearly full sessions', () => {
    expect(sessions.filter((s) => s.seatsTaken > s.seatsTotal)).toEqual([]);
    expect(sessions.filter((s) => s.seatsTaken === s.seatsTotal).length).toBeGreaterThanOrEqual(3);
    const fewLeft = sessions.filter((s) => s.seatsTotal - s.seatsTaken > 0 && s.seatsTotal - s.seatsTaken <= 3);
    expect(fewLeft.length).toBeGreaterThanOrEqual(3);
    expect(sessions.every((s) => s.seatsUpdatedAt.endsWith('+08:00'))).toBe(true);
  });

  it('has at least 2 youth courses for ages 16–24 and no upper age limit on most', () => {
    expect(courses.filter((course) => course.minAge === 16 && course.maxAge === 24).length).toBeGreaterThanOrEqual(2);
    expect(courses.filter((course) => course.maxAge === null).length).toBeGreaterThan(courses.length / 2);
    expect(courses.filter((course) => course.maxAge !== null && course.maxAge < course.minAge)).toEqual([]);
  });

  it('is free for certified disabled residents', () => {
    expect(courses.filter((course) => !course.cost.freeForCertifiedDisabled)).toEqual([]);
  });

  it('links the skill-upgrade subsidy only to courses that award a certificate', () => {
    const linked = courses.filter((course) => course.subsidyPolicyId !== null);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((course) => course.subsidyPolicyId !== SKILL_SUBSIDY || course.certificate === null)).toEqual([]);
  });

  it('names at least one suitable disability category per course', () => {
    expect(courses.filter((course) => course.suitableFor.length === 0)).toEqual([]);
  });
});
