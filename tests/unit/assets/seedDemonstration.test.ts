import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CourseSchema } from '../../../shared/catalog/course.js';
import { JobSchema } from '../../../shared/catalog/job.js';

// Issue #13: the seed is demonstration data. It carries no phone numbers (there is no real employer to call),
// every listing is reached through the station, and every record says it is an example.

const readRaw = (name: string): unknown[] => {
  const parsed: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../assets/catalog/${name}`, import.meta.url)), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${name} must hold an array`);
  return parsed;
};
const rawJobs = readRaw('jobs.json');
const rawCourses = readRaw('courses.json');
const jobs = rawJobs.map((job) => JobSchema.parse(job));
const courses = rawCourses.map((course) => CourseSchema.parse(course));

/** Every string anywhere in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

// Landlines (0530-5612345, 05305612345), mobiles (13812345678) and any other run of 7+ digits. Dates and
// amounts in the seed have at most 4 digits in a row.
const phoneLike = /0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|\d{7,}/u;

describe('seed demonstration data', () => {
  it('gives every listing the station as its contact, never a phone', () => {
    expect(jobs.filter((job) => job.contact.method !== 'station').map((job) => job.id)).toEqual([]);
  });

  it('has no phone number anywhere in a job or a course', () => {
    const found = [...rawJobs, ...rawCourses].flatMap(stringsIn).filter((text) => phoneLike.test(text));
    expect(found).toEqual([]);
    expect(phoneLike.test('联系电话 0530-5612345')).toBe(true);
  });

  it('marks every job and every course as demonstration data', () => {
    expect(jobs.filter((job) => job.demonstration !== true).map((job) => job.id)).toEqual([]);
    expect(courses.filter((course) => course.demonstration !== true).map((course) => course.id)).toEqual([]);
  });

  it('keeps the mark optional, so a central catalog without it is still valid (and is not demonstration data)', () => {
    const { demonstration: _job, ...centralJob } = JobSchema.parse(rawJobs[0]);
    const { demonstration: _course, ...centralCourse } = CourseSchema.parse(rawCourses[0]);
    expect(JobSchema.parse(centralJob).demonstration).toBeUndefined();
    expect(CourseSchema.parse(centralCourse).demonstration).toBeUndefined();
  });
});
