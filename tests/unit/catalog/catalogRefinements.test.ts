import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { CourseSchema } from '../../../shared/catalog/course.js';
import { JobSchema } from '../../../shared/catalog/job.js';

// Records that parse field by field but cannot be true are refused, so a bad central catalog
// cannot replace a good one (issue #6 relies on this when it validates every record).
const jobs = JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'jobs.json'), 'utf8')) as unknown[];
const courses = JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'courses.json'), 'utf8')) as unknown[];
const job = JobSchema.parse(jobs[0]);
const course = CourseSchema.parse(courses[0]);
const session = course.sessions[0];

describe('catalog cross-field rules', () => {
  it('refuses a job that expires before it was posted', () => {
    expect(JobSchema.safeParse({ ...job, expiresAt: '2020-01-01' }).success).toBe(false);
  });

  it('refuses a session with more seats taken than it has, or ending before it starts', () => {
    if (session === undefined) throw new Error('seed course without sessions');
    expect(CourseSchema.safeParse({ ...course, sessions: [{ ...session, seatsTaken: session.seatsTotal + 1 }] }).success).toBe(false);
    expect(CourseSchema.safeParse({ ...course, sessions: [{ ...session, endDate: '2020-01-01' }] }).success).toBe(false);
  });

  it('refuses a course whose maximum age is below its minimum', () => {
    expect(CourseSchema.safeParse({ ...course, minAge: 30, maxAge: 24 }).success).toBe(false);
  });
});
