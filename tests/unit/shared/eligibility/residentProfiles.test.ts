import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../renderer/i18n/i18n.js';
import { describeVerdict } from '../../../../renderer/screens/subsidies/describeVerdict.js';
import { buildPolicies } from '../../../../scripts/seed/generatePolicies.js';
import type { UiLanguage } from '../../../../shared/catalog/localizedText.js';
import { appliesAtStation } from '../../../../shared/catalog/policyArea.js';
import { evaluateEligibility, nextQuestion, type Verdict } from '../../../../shared/eligibility/evaluate.js';
import { UNKNOWN, type EligibilityAnswers, type QuestionId } from '../../../../shared/eligibility/questions.js';

// Issue #13: residents' answers against the real catalog, as a station in their city offers it. Each row
// asserts the verdicts and what is said aloud (the same words are shown), so a catalog or wording change
// that would mislead one of these residents fails here.

const HEZE = '371702';
const QINGDAO = '370202';
const JINAN = '370102';
const TODAY = '2026-11-23';
const catalog = buildPolicies();

const translators = new Map<UiLanguage, TFunction>();
beforeAll(async () => {
  for (const language of ['zh-CN', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: language, ns: ['translation'], defaultNS: 'translation', interpolation: { escapeValue: false } });
    translators.set(language, instance.t);
  }
});

type Expectation = { readonly verdict: Verdict; readonly says?: readonly RegExp[]; readonly neverSays?: readonly RegExp[] };
type Profile = {
  readonly who: string;
  readonly station: string;
  readonly answers: EligibilityAnswers;
  readonly expect: Readonly<Record<string, Expectation>>;
  /** Policies the station must not offer at all (another city's). */
  readonly notOffered?: readonly string[];
  readonly language?: UiLanguage;
  readonly today?: string;
};

const offeredAt = (station: string) => catalog.filter((policy) => appliesAtStation(policy.area, station));

function spokenVerdicts(profile: Profile): Map<string, { verdict: Verdict; spoken: string }> {
  const t = translators.get(profile.language ?? 'zh-CN');
  if (t === undefined) throw new Error('translator not ready');
  const today = profile.today ?? TODAY;
  const policies = offeredAt(profile.station);
  return new Map(
    evaluateEligibility(policies, profile.answers, today).map((verdict) => {
      const policy = policies.find((candidate) => candidate.id === verdict.policyId);
      if (policy === undefined) throw new Error(verdict.policyId);
      return [verdict.policyId, { verdict: verdict.verdict, spoken: describeVerdict(policy, verdict, profile.language ?? 'zh-CN', today, t).spoken }];
    }),
  );
}

const profiles: readonly Profile[] = [
  {
    who: 'a disabled graduate of this year in Qingdao without a skills certificate',
    station: QINGDAO,
    answers: { residence: 'local', disabilityCertified: 'yes', employment: 'student', graduation: 'this_year', skillCertificate: 'no' },
    expect: {
      'job-seeking-subsidy': { verdict: 'likely', says: [/一次性求职补贴.*可能可以申领/u, /今年从中等或高等院校毕业/u] },
      'skill-upgrade-subsidy': { verdict: 'not_eligible', says: [/只有残疾人证不够/u] },
      'free-vocational-training': { verdict: 'likely', says: [/可能可以免费参加/u] },
    },
    notOffered: ['community-work-space', 'social-insurance-subsidy-heze'],
  },
  {
    who: 'a certificate holder in flexible work in Heze who does not pay social insurance',
    station: HEZE,
    answers: { residence: 'local', disabilityCertified: 'yes', employment: 'flexible', paysSocialInsurance: 'no', hardshipRecognised: 'no' },
    expect: {
      'social-insurance-subsidy-heze': { verdict: 'not_eligible', says: [/可能不符合/u, /缴纳社会保险费/u], neverSays: [/可能可以/u] },
      'social-insurance-subsidy': { verdict: 'period_ended', says: [/计划期已结束/u, /2025-12-31/u, /接续/u] },
    },
    notOffered: ['skill-upgrade-subsidy', 'job-seeking-subsidy', 'free-vocational-training'],
  },
  {
    who: 'a certificate holder in flexible work in Heze who pays social insurance but is not yet recognised',
    station: HEZE,
    answers: { residence: 'local', disabilityCertified: 'yes', employment: 'flexible', paysSocialInsurance: 'yes', hardshipRecognised: 'no' },
    expect: {
      'social-insurance-subsidy-heze': { verdict: 'first_step', says: [/可以先申请认定为就业困难人员/u, /这台机器和驿站不能认定/u], neverSays: [/您是就业困难人员/u, /可能可以申领/u] },
    },
  },
  {
    who: 'the same resident once recognised',
    station: HEZE,
    answers: { residence: 'local', disabilityCertified: 'yes', employment: 'flexible', paysSocialInsurance: 'yes', hardshipRecognised: 'yes' },
    expect: {
      'social-insurance-subsidy-heze': { verdict: 'likely', says: [/可能可以申领/u, /您已经被认定为就业困难人员/u, /您在缴纳社会保险/u] },
    },
  },
  {
    who: 'a non-disabled resident opening a new 个体工商户 in Jinan',
    station: JINAN,
    answers: { disabilityCertified: 'no', employment: 'flexible', business: 'new_individual' },
    expect: {
      'startup-subsidy': { verdict: 'period_ended', says: [/计划期已结束/u, /您创办了小微企业或新注册了个体工商户/u], neverSays: [/可能可以申领/u] },
      'startup-guarantee-loan': { verdict: 'period_ended', neverSays: [/可能可以领/u] },
    },
    notOffered: ['community-work-space', 'skill-upgrade-subsidy'],
  },
  {
    who: 'the same resident during the plan period, when the loan is answered as a loan',
    station: JINAN,
    today: '2025-06-01',
    answers: { disabilityCertified: 'no', employment: 'flexible', business: 'new_individual' },
    expect: {
      'startup-subsidy': { verdict: 'likely', says: [/可能可以申领/u, /新注册个体工商户：不低于2000元/u] },
      'startup-guarantee-loan': { verdict: 'likely', says: [/可能可以申请贷款/u, /要还/u], neverSays: [/可能可以领/u, /可能可以申领/u] },
    },
  },
  {
    who: 'someone whose individual business has run for years',
    station: JINAN,
    today: '2025-06-01',
    answers: { business: 'individual' },
    expect: { 'startup-subsidy': { verdict: 'not_eligible', says: [/新注册的个体工商户/u] } },
  },
  {
    who: 'a resident of Qingdao at a Heze station',
    station: HEZE,
    answers: { residence: 'elsewhere', disabilityCertified: 'yes', employment: 'flexible', paysSocialInsurance: 'yes', hardshipRecognised: 'yes', microProject: 'yes' },
    expect: {
      'social-insurance-subsidy-heze': { verdict: 'other_area', says: [/只给住在菏泽市的人/u, /请到您住的地方的驿站/u], neverSays: [/可能可以/u] },
      'community-work-space': { verdict: 'other_area', says: [/只给住在菏泽市的人/u] },
      'social-insurance-subsidy': { verdict: 'period_ended' },
    },
    notOffered: ['skill-upgrade-subsidy', 'job-seeking-subsidy', 'social-insurance-subsidy-qingdao'],
  },
  {
    who: 'a 低保 family member in Heze without a disability certificate',
    station: HEZE,
    answers: { residence: 'local', disabilityCertified: 'no', employment: 'unemployed', assistanceGroup: 'low_income_family', registeredUnemployed: 'no', hardshipRecognised: 'no' },
    expect: {
      'employment-aid': { verdict: 'period_ended', says: [/您属于文件列出的就业援助对象/u] },
      'employment-aid-12333-heze': { verdict: 'not_eligible', says: [/残疾人证/u] },
      'social-insurance-subsidy': { verdict: 'not_eligible', says: [/到企业就业或灵活就业/u] },
    },
  },
  {
    who: 'a disabled resident of Heze running a 社区微业 project',
    station: HEZE,
    answers: { residence: 'local', disabilityCertified: 'yes', microProject: 'yes', employment: 'flexible' },
    expect: {
      'community-work-space': { verdict: 'likely', says: [/可能可以申请使用/u, /您在做社区微业项目/u, /10—20平方米/u] },
      'employment-aid-12333-heze': { verdict: 'likely', says: [/可能可以享受这项服务/u] },
    },
  },
  {
    who: 'a disabled resident of Heze with a certificate but no micro-business',
    station: HEZE,
    answers: { residence: 'local', disabilityCertified: 'yes', microProject: 'no' },
    expect: { 'community-work-space': { verdict: 'not_eligible', says: [/社区微业/u] } },
  },
  {
    who: 'a registered-unemployed resident in Jinan',
    station: JINAN,
    answers: { registeredUnemployed: 'yes' },
    expect: { 'employment-aid-12333': { verdict: 'period_ended', says: [/您办过失业登记/u] }, 'hiring-subsidy': { verdict: 'not_for_individuals', says: [/社会组织/u] } },
  },
  {
    who: 'a disabled graduate of this year in Qingdao, in English',
    station: QINGDAO,
    language: 'en',
    answers: { residence: 'local', disabilityCertified: 'yes', graduation: 'this_year', skillCertificate: 'yes' },
    expect: {
      'job-seeking-subsidy': { verdict: 'likely', says: [/May be eligible to claim/u], neverSays: [/[\u3400-\u9fff。，、；：（）“”]/u] },
      'skill-upgrade-subsidy': { verdict: 'likely', says: [/vocational qualification or skill level certificate/u] },
    },
  },
];

describe('resident profiles against the real catalog', () => {
  it('covers at least 12 profiles', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(profiles.map((profile) => [profile.who, profile] as const))('%s', (_who, profile) => {
    const results = spokenVerdicts(profile);
    for (const [policyId, expected] of Object.entries(profile.expect)) {
      const result = results.get(policyId);
      expect(result, `${policyId} offered`).toBeDefined();
      expect(result?.verdict, policyId).toBe(expected.verdict);
      for (const pattern of expected.says ?? []) expect(result?.spoken, policyId).toMatch(pattern);
      for (const pattern of expected.neverSays ?? []) expect(result?.spoken, policyId).not.toMatch(pattern);
    }
    for (const policyId of profile.notOffered ?? []) expect(results.has(policyId), `${policyId} must not be offered`).toBe(false);
  });

  it('answers someone who says 不知道 to everything without a single "likely"', () => {
    const t = translators.get('zh-CN');
    if (t === undefined) throw new Error('translator not ready');
    const policies = offeredAt(HEZE);
    let answers: EligibilityAnswers = {};
    const asked: QuestionId[] = [];
    for (let question = nextQuestion(policies, answers); question !== null; question = nextQuestion(policies, answers)) {
      asked.push(question);
      answers = { ...answers, [question]: UNKNOWN };
    }
    expect(asked[0]).toBe('residence');
    const results = evaluateEligibility(policies, answers, TODAY);
    expect(results.filter((result) => result.verdict === 'likely' || result.verdict === 'not_eligible')).toEqual([]);
    const open = results.filter((result) => result.verdict === 'need_more_info');
    expect(open.length).toBeGreaterThan(0);
    for (const result of open) {
      const policy = policies.find((candidate) => candidate.id === result.policyId);
      if (policy === undefined) throw new Error(result.policyId);
      expect(describeVerdict(policy, result, 'zh-CN', TODAY, t).spoken).toMatch(/还需要了解.*还不知道/u);
    }
    // Ended plans sort last.
    const order = results.map((result) => result.verdict);
    expect(order.indexOf('period_ended')).toBeGreaterThan(order.lastIndexOf('need_more_info'));
  });

  it('never asks where the resident lives at a station whose city has no policy of its own', () => {
    const policies = offeredAt(JINAN);
    let answers: EligibilityAnswers = {};
    const asked: QuestionId[] = [];
    for (let question = nextQuestion(policies, answers); question !== null; question = nextQuestion(policies, answers)) {
      asked.push(question);
      answers = { ...answers, [question]: UNKNOWN };
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).not.toContain('residence');
  });
});
