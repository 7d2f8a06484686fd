import i18next, { type TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { EASY_READ_NS, PLAIN_NS, resources } from '../../../renderer/i18n/i18n.js';
import { contactText, jobDemoNotice, jobSpokenParts, jobSummaryParts } from '../../../renderer/screens/jobs/describeJob.js';
import { courseDemoNotice, courseSpokenParts } from '../../../renderer/screens/training/describeCourse.js';
import { CourseSchema } from '../../../shared/catalog/course.js';
import { JobSchema } from '../../../shared/catalog/job.js';

// Issue #13: a seed job or course says it is an example, on screen and in what is spoken, in both languages
// and in easy-read; a listing reached through the station says so instead of showing a number.

const readFirst = (name: string): unknown => (JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', name), 'utf8')) as unknown[])[0];
const seedJob = JobSchema.parse(readFirst('jobs.json'));
const seedCourse = CourseSchema.parse(readFirst('courses.json'));
const { demonstration: _job, ...centralJob } = seedJob;
const { demonstration: _course, ...centralCourse } = seedCourse;
const TODAY = '2026-11-20';

async function translator(language: 'zh-CN' | 'en', easyRead = false): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    ns: [PLAIN_NS, EASY_READ_NS],
    defaultNS: easyRead ? EASY_READ_NS : PLAIN_NS,
    fallbackNS: PLAIN_NS,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('demonstration notice', () => {
  it('is said right after the title of a seed job and a seed course, in Chinese', async () => {
    const t = await translator('zh-CN');
    expect(jobSpokenParts(seedJob, 'zh-CN', t).slice(0, 2)).toEqual([seedJob.title['zh-CN'], '示例数据，不是真实岗位']);
    expect(courseSpokenParts(seedCourse, 'zh-CN', t, TODAY).slice(0, 2)).toEqual([seedCourse.title['zh-CN'], '示例数据，不是真实课程']);
    // The rest of the item is unchanged, so "work type last" still holds for the spoken list item.
    expect(jobSpokenParts(seedJob, 'zh-CN', t).at(-1)).toBe(jobSummaryParts(seedJob, 'zh-CN', t).at(-1));
  });

  it('is translated into English and easy-read', async () => {
    expect(jobDemoNotice(seedJob, await translator('en'))).toBe('Example data, not a real job');
    expect(courseDemoNotice(seedCourse, await translator('en'))).toBe('Example data, not a real course');
    expect(jobDemoNotice(seedJob, await translator('zh-CN', true))).toBe('这是例子，不是真的工作。');
    expect(courseDemoNotice(seedCourse, await translator('en', true))).toBe('This is an example. It is not a real course.');
  });

  it('is absent for a central catalog record that does not say it is demonstration data', async () => {
    const t = await translator('zh-CN');
    expect(jobDemoNotice(centralJob, t)).toBe('');
    expect(courseDemoNotice(centralCourse, t)).toBe('');
    expect(jobSpokenParts(centralJob, 'zh-CN', t)).toEqual(jobSummaryParts(centralJob, 'zh-CN', t));
  });
});

describe('job contact', () => {
  it('says to go through the station for a station contact, naming the button that does it', async () => {
    expect(contactText(seedJob, await translator('zh-CN'))).toBe('通过驿站联系。选“我想做这份工作”登记后，驿站工作人员会联系您。');
    expect(contactText(seedJob, await translator('en'))).toMatch(/^Contact through the station\. Choose “I want this job”/u);
  });

  it('shows a central catalog employer contact as given', async () => {
    const job = { ...centralJob, contact: { method: 'phone' as const, value: '0530-0000000' } };
    expect(contactText(job, await translator('zh-CN'))).toBe('0530-0000000');
  });
});
