import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CourseSchema, type Course } from '../../../shared/catalog/course.js';
import { disabilityCategories, type DisabilityCategory } from '../../../shared/catalog/disability.js';
import { JobSchema, type Job } from '../../../shared/catalog/job.js';

// Issue #13: a listing must not contradict itself. Each check reads the Chinese text (the text the listing is
// written in) and the structured fields, and is shown to fail on the contradiction it was written for.

const catalog = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../assets/catalog/${name}`, import.meta.url)), 'utf8'));
const jobs = z.array(JobSchema).parse(catalog('jobs.json'));
const courses = z.array(CourseSchema).parse(catalog('courses.json'));

interface Checked {
  readonly id: string;
  readonly text: string;
  readonly suitableFor: readonly DisabilityCategory[];
  readonly stepFree: boolean;
}

const ofJob = (job: Job): Checked => ({
  id: job.id,
  text: [job.title, job.description, job.requirements, job.hours].map((part) => part['zh-CN']).join('。'),
  suitableFor: job.suitableFor,
  stepFree: job.accessibility.stepFree,
});
const ofCourse = (course: Course): Checked => ({
  id: course.id,
  text: [course.title, course.description, course.suits].map((part) => part['zh-CN']).join('。'),
  suitableFor: course.suitableFor,
  stepFree: course.venueAccessibility.stepFree,
});
const all: readonly Checked[] = [...jobs.map(ofJob), ...courses.map(ofCourse)];

/** Clauses that say the work needs something, leaving out those that say it does not ("不用打电话"). */
function needs(item: Checked, pattern: RegExp): boolean {
  return item.text.split(/[。；;，,]/u).some((clause) => pattern.test(clause) && !/不用|不需要|无需|不必/u.test(clause));
}

const phoneWork = /电话|来电/u;
const speakingWork = /普通话清楚|普通话较好|普通话表达|发音清楚|朗读/u;
const hearingNeeded = /听力正常/u;
const mobilityNeeded = /爬楼梯|登高|长时间站立|站立和走动/u;
const namedCategory = /肢体|视力|听力|言语|智力|精神/u;

/** Every way an item contradicts itself, as readable lines. */
function contradictions(item: Checked): string[] {
  const suits = (category: DisabilityCategory): boolean => item.suitableFor.includes(category);
  const found: string[] = [];
  if (needs(item, phoneWork) && (suits('hearing') || suits('speech'))) found.push('phone work, yet suitable for hearing or speech');
  if (needs(item, speakingWork) && suits('speech')) found.push('speaking work, yet suitable for speech');
  if (needs(item, hearingNeeded) && suits('hearing')) found.push('needs normal hearing, yet suitable for hearing');
  if (suits('physical') && !item.stepFree) found.push('suitable for physical, yet not step-free');
  if (needs(item, mobilityNeeded) && suits('physical')) found.push('needs stairs or long standing, yet suitable for physical');
  // "不限残疾类别" means every category: then neither a list of some categories nor a narrower suitableFor.
  if (/不限(残疾)?类别/u.test(item.text) && (namedCategory.test(item.text) || item.suitableFor.length < disabilityCategories.length)) {
    found.push('says any category, yet lists some');
  }
  return found.map((problem) => `${item.id}: ${problem}`);
}

describe('seed listings and courses do not contradict themselves', () => {
  it('match suitability to the work and the site', () => {
    expect(all.flatMap(contradictions)).toEqual([]);
  });

  it('open riding and delivery courses only from 18, the age delivery platforms and couriers hire from', () => {
    const riding = courses.filter((course) => course.category === 'ride_delivery' || needs(ofCourse(course), /配送|骑手|骑行|电动车|收派/u));
    expect(riding.length).toBeGreaterThan(0);
    expect(riding.filter((course) => course.minAge < 18).map((course) => `${course.id} from ${course.minAge}`)).toEqual([]);
  });

  it('catch each kind of contradiction issue #13 found (the checks can fail)', () => {
    const [job] = jobs;
    if (job === undefined) throw new Error('empty seed');
    const base = ofJob(job);
    const locksmith = { ...base, text: '接听居民的开锁求助电话并上门', suitableFor: ['hearing', 'speech'] as const };
    const host = { ...base, text: '普通话较好；不限残疾类别，肢体和视力残疾人均可', suitableFor: ['physical', 'visual'] as const };
    const newsstand = { ...base, text: '报刊亭值守员', suitableFor: ['physical'] as const, stepFree: false };
    expect(contradictions(locksmith)).toHaveLength(1);
    expect(contradictions(host)).toHaveLength(1);
    expect(contradictions(newsstand)).toHaveLength(1);
    expect(contradictions({ ...base, text: '在线回复文字咨询，不用打电话', suitableFor: ['hearing'] })).toEqual([]);
  });
});
