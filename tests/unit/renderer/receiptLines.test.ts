import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { resources } from '../../../renderer/i18n/i18n.js';
import { receiptLines } from '../../../renderer/screens/training/signup/receiptLines.js';
import { CourseSchema } from '../../../shared/catalog/course.js';

const courses = (JSON.parse(readFileSync(join(projectRoot, 'assets', 'catalog', 'courses.json'), 'utf8')) as unknown[]).map((c) => CourseSchema.parse(c));

async function translator(language: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, ns: ['translation'], defaultNS: 'translation', interpolation: { escapeValue: false } });
  return instance.t;
}

describe('training receipt', () => {
  it('names the reference, course, class, venue with accessibility, what to bring and who to ask', async () => {
    const course = courses.find((c) => c.venueAccessibility.notes !== undefined);
    if (course === undefined) throw new Error('no seed course with accessibility notes');
    const session = course.sessions[0];
    if (session === undefined) throw new Error('course without sessions');
    const station = { name: '牡丹区光明社区就业驿站', phone: '0530-5612345' };
    const lines = receiptLines(course, session, 'T00042', station, await translator('zh-CN'), 'zh-CN');
    expect(lines).toEqual([
      '您的报名编号：T00042',
      `课程：${course.title['zh-CN']}`,
      `开班时间：${session.startDate} ${session.schedule['zh-CN']}`,
      `上课地点：${course.venue['zh-CN']}`,
      `场地无障碍：${course.venueAccessibility.notes?.['zh-CN'] ?? ''}`,
      `上课时请带：${course.whatToBring['zh-CN']}`,
      '有问题请问：牡丹区光明社区就业驿站',
      '驿站电话：0530-5612345',
    ]);
  });

  it('is written in the resident’s language, with no Chinese left in the English receipt but the reference', async () => {
    const course = courses[1];
    const session = course?.sessions[0];
    if (course === undefined || session === undefined) throw new Error('seed');
    const lines = receiptLines(course, session, 'T00007', { name: '', phone: '' }, await translator('en'), 'en');
    expect(lines[0]).toBe('Your reference: T00007');
    expect(lines.at(-1)).toBe('Questions: ask the staff at this station');
    expect(lines.join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
    // Nor Chinese punctuation: the labels are joined by the translated "label: value" (issue #13).
    expect(lines.join('\n')).not.toMatch(/[。，、；：（）！？]/u);
    expect(lines[1]).toBe(`Course: ${course.title.en}`);
  });
});
