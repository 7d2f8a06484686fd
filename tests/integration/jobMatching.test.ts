import { afterEach, describe, expect, it } from 'vitest';
import { replaceCatalog } from '../../electron/store/catalogStore.js';
import { JobSchema, type Job } from '../../shared/catalog/job.js';
import { JobsMatchOutputSchema } from '../../shared/contract/matchingSchemas.js';
import type { JobSeekerProfile } from '../../shared/matching/jobSeekerProfile.js';
import { startTestHost } from '../support/testHost.js';

// 精准匹配 through the real host (issue #15): the seeded catalog from a real SQLite file, the contract's
// validation both ways, and a new catalog replacing the old one seen by the next resident.

const NOW = new Date('2026-11-23T09:00:00+08:00');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function host() {
  const kiosk = startTestHost({ clock: () => NOW });
  cleanups.push(() => kiosk.close());
  return kiosk;
}

const wantsMassageInMudan: JobSeekerProfile = {
  categories: ['massage'],
  districtCodes: ['371702'],
  place: 'workplace',
  hours: 'any',
  payFloor: null,
  needs: { stepFree: true, accessibleToilet: false, signLanguage: false, assisted: false },
  disability: null,
};

async function match(kiosk: ReturnType<typeof host>, profile: unknown) {
  const answer = await kiosk.host.router.dispatch('jobs.match', { profile });
  if (!answer.ok) throw new Error(answer.error.code);
  return JobsMatchOutputSchema.parse(answer.value).matches;
}

describe('jobs.match', () => {
  it('ranks the seeded massage listings for a resident in 牡丹区 who needs step-free access, each with its reasons', async () => {
    const kiosk = host();
    const matches = await match(kiosk, wantsMassageInMudan);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((found) => found.job.category === 'massage')).toBe(true);
    expect(matches.every((found) => found.reasons.some((reason) => reason.kind === 'wanted_category'))).toBe(true);
    // A listing with steps never comes before a step-free one.
    const firstWithSteps = matches.findIndex((found) => found.concerns.some((concern) => concern.kind === 'steps'));
    const lastStepFree = matches.map((found) => found.job.accessibility.stepFree).lastIndexOf(true);
    if (firstWithSteps !== -1) expect(lastStepFree).toBeLessThan(firstWithSteps);
  });

  it('refuses answers of the wrong shape with a field-named error, and a category sent without consent', async () => {
    const kiosk = host();
    const wrong = await kiosk.host.router.dispatch('jobs.match', { profile: { ...wantsMassageInMudan, payFloor: { yuan: -5, unit: 'month' } } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.fields.map((field) => field.path)).toContain('profile.payFloor.yuan');
    const noConsent = await kiosk.host.router.dispatch('jobs.match', { profile: { ...wantsMassageInMudan, disability: { consent: false, category: 'visual' } } });
    expect(noConsent.ok).toBe(false);
  });

  it('sees a new catalog as soon as it replaces the old one', async () => {
    const kiosk = host();
    const before = await match(kiosk, wantsMassageInMudan);
    const template = JobSchema.parse(before[0]?.job);
    const fromCentre: Job = { ...template, id: 'job-central-0001', title: { 'zh-CN': '中心下发的按摩岗位', en: 'A massage job from the centre' } };
    replaceCatalog(kiosk.host.db, 'jobs', [fromCentre], {
      source: 'central',
      version: 'central:2',
      updatedAt: NOW.toISOString(),
    });
    const after = await match(kiosk, wantsMassageInMudan);
    expect(after.map((found) => found.job.id)).toEqual(['job-central-0001']);
  });
});
