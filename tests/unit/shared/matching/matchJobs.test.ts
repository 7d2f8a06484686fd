import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/catalog/job.js';
import type { JobSeekerProfile } from '../../../../shared/matching/jobSeekerProfile.js';
import { matchJobs, type JobMatch } from '../../../../shared/matching/matchJobs.js';
import { seededRandom } from '../../../../shared/random/seededRandom.js';

const TODAY = '2026-11-23';

function job(overrides: Partial<Job> & { id: string }): Job {
  const text = { 'zh-CN': '测试', en: 'test' };
  return {
    category: 'express',
    title: text,
    employer: text,
    districtCode: '371702', // 牡丹区, Heze
    address: text,
    pay: { minYuan: 2400, maxYuan: 3000, unit: 'month' },
    hours: text,
    workType: 'full_time',
    homeBased: false,
    suitableFor: [],
    accessibility: { stepFree: true, accessibleToilet: true, signLanguage: false },
    description: text,
    requirements: text,
    contact: { method: 'station', value: '驿站' },
    postedAt: '2026-11-01',
    expiresAt: '2027-01-31',
    source: '菏残联发〔2024〕18号',
    ...overrides,
  };
}

const anything: JobSeekerProfile = {
  categories: [],
  districtCodes: [],
  place: 'either',
  hours: 'any',
  payFloor: null,
  needs: { stepFree: false, accessibleToilet: false, signLanguage: false, assisted: false },
  disability: null,
};

function profile(overrides: Partial<JobSeekerProfile>): JobSeekerProfile {
  return { ...anything, ...overrides };
}

const kinds = (items: readonly { kind: string }[]): string[] => items.map((item) => item.kind);

type Row = {
  readonly name: string;
  readonly job: Partial<Job>;
  readonly profile: Partial<JobSeekerProfile>;
  /** undefined: the job is not a match at all. */
  readonly reasons?: readonly string[];
  readonly concerns?: readonly string[];
};

const needs = (changes: Partial<JobSeekerProfile['needs']>): JobSeekerProfile['needs'] => ({ ...anything.needs, ...changes });

// One row per rule: what the job is, what the resident said, and what the kiosk says about the match.
const rows: readonly Row[] = [
  { name: 'no answers: every open job matches, with nothing to say', job: {}, profile: {}, reasons: [], concerns: [] },
  { name: 'a wanted kind of work', job: { category: 'massage' }, profile: { categories: ['massage', 'express'] }, reasons: ['wanted_category'], concerns: [] },
  { name: 'a kind not asked for is left out', job: { category: 'laundry' }, profile: { categories: ['massage'] } },
  { name: 'home only: a workplace job is left out', job: { homeBased: false }, profile: { place: 'home_only' } },
  { name: 'home only: a home-based job', job: { homeBased: true, workType: 'home_based' }, profile: { place: 'home_only' }, reasons: ['home_based'], concerns: [] },
  { name: 'in a chosen district', job: { districtCode: '371702' }, profile: { districtCodes: ['371702'] }, reasons: ['in_district'], concerns: [] },
  // 郓城县 to 牡丹区 is about 60 km between seats.
  { name: 'far from the chosen districts', job: { districtCode: '371725' }, profile: { districtCodes: ['371702'] }, reasons: [], concerns: ['far'] },
  { name: 'a home-based job is never far', job: { districtCode: '370102', homeBased: true }, profile: { districtCodes: ['371702'] }, reasons: ['home_based'], concerns: [] },
  { name: 'pay at or above the floor', job: { pay: { minYuan: 2000, maxYuan: 2600, unit: 'month' } }, profile: { payFloor: { yuan: 2500, unit: 'month' } }, reasons: ['pay_meets_floor'], concerns: [] },
  { name: 'pay below the floor', job: { pay: { minYuan: 2000, maxYuan: 2400, unit: 'month' } }, profile: { payFloor: { yuan: 2500, unit: 'month' } }, reasons: [], concerns: ['pay_below_floor'] },
  { name: 'pay in another unit is not converted', job: { pay: { minYuan: 100, maxYuan: 120, unit: 'day' } }, profile: { payFloor: { yuan: 2500, unit: 'month' } }, reasons: [], concerns: ['pay_unit_differs'] },
  { name: 'flexible hours wanted, full-time job', job: { workType: 'full_time' }, profile: { hours: 'flexible' }, reasons: [], concerns: ['full_time_only'] },
  { name: 'flexible hours wanted, flexible job', job: { workType: 'flexible' }, profile: { hours: 'flexible' }, reasons: ['hours_fit'], concerns: [] },
  { name: 'step-free access needed and there', job: {}, profile: { needs: needs({ stepFree: true }) }, reasons: ['step_free'], concerns: [] },
  {
    name: 'step-free access needed, steps at the door',
    job: { accessibility: { stepFree: false, accessibleToilet: true, signLanguage: false } },
    profile: { needs: needs({ stepFree: true }) },
    reasons: [],
    concerns: ['steps'],
  },
  {
    name: 'a home-based job has no door to climb',
    job: { homeBased: true, accessibility: { stepFree: false, accessibleToilet: false, signLanguage: false } },
    profile: { needs: needs({ stepFree: true, accessibleToilet: true }) },
    reasons: ['home_based'],
    concerns: [],
  },
  { name: 'sign language needed, none', job: {}, profile: { needs: needs({ signLanguage: true }) }, reasons: [], concerns: ['no_sign_language'] },
  { name: 'sign language needed and there', job: { accessibility: { stepFree: true, accessibleToilet: true, signLanguage: true } }, profile: { needs: needs({ signLanguage: true }) }, reasons: ['sign_language'], concerns: [] },
  { name: 'assisted employment wanted and offered', job: { workType: 'assisted' }, profile: { needs: needs({ assisted: true }) }, reasons: ['assisted'], concerns: [] },
  { name: 'assisted employment wanted, ordinary job', job: {}, profile: { needs: needs({ assisted: true }) }, reasons: [], concerns: ['not_assisted'] },
  { name: 'a shared category the job suits', job: { suitableFor: ['hearing'] }, profile: { disability: { consent: true, category: 'hearing' } }, reasons: ['suitable_for_category'], concerns: [] },
  { name: 'a shared category the job does not list: no claim either way', job: { suitableFor: ['physical'] }, profile: { disability: { consent: true, category: 'hearing' } }, reasons: [], concerns: [] },
  { name: 'an expired listing is left out', job: { expiresAt: '2026-11-22' }, profile: {} },
  { name: 'a listing not yet posted is left out', job: { postedAt: '2026-11-24' }, profile: {} },
];

describe('matchJobs: each rule', () => {
  it.each(rows)('$name', (row) => {
    const [match] = matchJobs([job({ id: 'job-under-test', ...row.job })], profile(row.profile), TODAY);
    if (row.reasons === undefined) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match).toBeDefined();
    expect(kinds(match?.reasons ?? [])).toEqual(row.reasons);
    expect(kinds(match?.concerns ?? [])).toEqual(row.concerns);
  });

  it('says how far, rounded to 5 km, because district seats are all it knows', () => {
    const [match] = matchJobs([job({ id: 'job-far', districtCode: '371725' })], profile({ districtCodes: ['371702'] }), TODAY);
    const far = match?.concerns.find((concern) => concern.kind === 'far');
    expect(far).toMatchObject({ kind: 'far' });
    expect(far?.kind === 'far' ? far.km % 5 : -1).toBe(0);
    expect(far?.kind === 'far' ? far.km : 0).toBeGreaterThanOrEqual(55);
    expect(far?.kind === 'far' ? far.km : 0).toBeLessThanOrEqual(65);
  });
});

describe('matchJobs: the list', () => {
  it('puts a job the resident can get into above one with steps, and a wanted place above a far one', () => {
    const jobs = [
      job({ id: 'job-steps', accessibility: { stepFree: false, accessibleToilet: true, signLanguage: false } }),
      job({ id: 'job-far', districtCode: '371725' }),
      job({ id: 'job-fits' }),
    ];
    const ranked = matchJobs(jobs, profile({ districtCodes: ['371702'], needs: needs({ stepFree: true }) }), TODAY).map((match) => match.job.id);
    expect(ranked).toEqual(['job-fits', 'job-far', 'job-steps']);
  });

  it('never reads a disability category without consent: the profile has no place for one', () => {
    const jobs = [job({ id: 'job-a', suitableFor: ['visual'] }), job({ id: 'job-b', suitableFor: [] })];
    const without = matchJobs(jobs, anything, TODAY);
    expect(without.flatMap((match) => kinds(match.reasons))).not.toContain('suitable_for_category');
    // With consent the same jobs are told apart by the category.
    const withConsent = matchJobs(jobs, profile({ disability: { consent: true, category: 'visual' } }), TODAY);
    expect(withConsent[0]?.job.id).toBe('job-a');
    expect(kinds(withConsent[0]?.reasons ?? [])).toContain('suitable_for_category');
  });

  it('keeps the best `limit` in the same order a full sort would give, on a random catalog', () => {
    const random = seededRandom(15);
    const categories = ['express', 'massage', 'laundry', 'data_labeling'] as const;
    const places = ['371702', '371703', '371725', '370102'];
    const jobs = Array.from({ length: 500 }, (_, index) =>
      job({
        id: `job-${String(index).padStart(4, '0')}`,
        category: categories[index % categories.length] ?? 'express',
        districtCode: places[Math.floor(random() * places.length)] ?? '371702',
        homeBased: random() < 0.2,
        workType: random() < 0.5 ? 'full_time' : 'flexible',
        pay: { minYuan: 1800, maxYuan: 1800 + Math.floor(random() * 2000), unit: 'month' },
        accessibility: { stepFree: random() < 0.6, accessibleToilet: random() < 0.4, signLanguage: random() < 0.2 },
        postedAt: `2026-${random() < 0.5 ? '10' : '11'}-0${1 + Math.floor(random() * 9)}`,
      }),
    );
    const answers = profile({ categories: ['express', 'massage'], districtCodes: ['371702'], hours: 'flexible', payFloor: { yuan: 2600, unit: 'month' }, needs: needs({ stepFree: true }) });
    const all = matchJobs(jobs, answers, TODAY, jobs.length);
    const top = matchJobs(jobs, answers, TODAY, 20);
    expect(all.length).toBe(250); // two of four kinds
    const fullSort = [...all].sort((a: JobMatch, b: JobMatch) => b.score - a.score || b.job.postedAt.localeCompare(a.job.postedAt) || a.job.id.localeCompare(b.job.id));
    expect(top.map((match) => match.job.id)).toEqual(fullSort.slice(0, 20).map((match) => match.job.id));
    expect(top.every((match, index) => index === 0 || (top[index - 1]?.score ?? Infinity) >= match.score)).toBe(true);
  });
});
