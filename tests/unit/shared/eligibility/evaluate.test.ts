import { describe, expect, it } from 'vitest';
import { buildPolicies } from '../../../../scripts/seed/generatePolicies.js';
import type { Policy } from '../../../../shared/catalog/policy.js';
import { evaluateEligibility, evaluatePolicy, nextQuestion, verdicts } from '../../../../shared/eligibility/evaluate.js';
import { UNKNOWN, type EligibilityAnswers } from '../../../../shared/eligibility/questions.js';

// The engine's rules, over the real catalog: three-valued answers, first steps, other areas, ended plans.
// Residents' whole answers are in residentProfiles.test.ts.
const policies = buildPolicies();
const policy = (id: string): Policy => {
  const found = policies.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no policy ${id}`);
  return found;
};
const TODAY = '2026-11-23';
const DURING_PLAN = '2025-06-01';

describe('eligibility engine', () => {
  it('never turns 不知道 into "no": an unknown answer asks, a given one decides', () => {
    const unknown = evaluatePolicy(policy('skill-upgrade-subsidy'), { residence: 'local', disabilityCertified: 'yes', skillCertificate: UNKNOWN }, TODAY);
    expect(unknown.verdict).toBe('need_more_info');
    expect(unknown.missing).toEqual(['skillCertificate']);
    const no = evaluatePolicy(policy('skill-upgrade-subsidy'), { residence: 'local', disabilityCertified: 'yes', skillCertificate: 'no' }, TODAY);
    expect(no.verdict).toBe('not_eligible');
    expect(no.unmet.map((text) => text['zh-CN']).join()).toMatch(/职业资格证书或职业技能等级证书/u);
  });

  it('answers a first step when only recognition is missing, and still asks whether it was done', () => {
    const answers: EligibilityAnswers = { residence: 'local', disabilityCertified: 'yes', employment: 'flexible', paysSocialInsurance: 'yes' };
    expect(nextQuestion([policy('social-insurance-subsidy-heze')], answers)).toBe('hardshipRecognised');
    const notYet = evaluatePolicy(policy('social-insurance-subsidy-heze'), { ...answers, hardshipRecognised: 'no' }, TODAY);
    expect(notYet.verdict).toBe('first_step');
    expect(notYet.firstSteps.map((text) => text['zh-CN']).join()).toMatch(/可以先申请认定/u);
    expect(evaluatePolicy(policy('social-insurance-subsidy-heze'), { ...answers, hardshipRecognised: 'yes' }, TODAY).verdict).toBe('likely');
    expect(evaluatePolicy(policy('social-insurance-subsidy-heze'), { ...answers, hardshipRecognised: UNKNOWN }, TODAY).verdict).toBe('first_step');
  });

  it('says a city policy is for that city\'s residents rather than "not eligible"', () => {
    const verdict = evaluatePolicy(policy('community-work-space'), { residence: 'elsewhere', disabilityCertified: 'yes', microProject: 'yes' }, TODAY);
    expect(verdict.verdict).toBe('other_area');
  });

  it('never calls an ended plan likely, and lists it last', () => {
    const answers: EligibilityAnswers = { business: 'small_enterprise', disabilityCertified: 'no' };
    expect(evaluatePolicy(policy('startup-subsidy'), answers, DURING_PLAN).verdict).toBe('likely');
    expect(evaluatePolicy(policy('startup-subsidy'), answers, TODAY).verdict).toBe('period_ended');
    const order = evaluateEligibility(policies, answers, TODAY).map((verdict) => verdicts.indexOf(verdict.verdict));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(evaluateEligibility(policies, answers, TODAY).at(-1)?.verdict).toBe('period_ended');
  });

  it('gives the amount for the resident\'s situation', () => {
    const small = evaluatePolicy(policy('startup-subsidy'), { business: 'small_enterprise' }, DURING_PLAN);
    expect(small.amountText['zh-CN']).toContain('12000');
    const individual = evaluatePolicy(policy('startup-subsidy'), { business: 'new_individual' }, DURING_PLAN);
    expect(individual.amountText['zh-CN']).toContain('2000');
    expect(individual.amountText['zh-CN']).not.toContain('12000');
  });

  it('asks only questions that can change an outcome, each once, and stops', () => {
    const asked: string[] = [];
    let answers: EligibilityAnswers = {};
    for (let question = nextQuestion(policies, answers); question !== null; question = nextQuestion(policies, answers)) {
      asked.push(question);
      answers = { ...answers, [question]: UNKNOWN };
    }
    expect(new Set(asked).size).toBe(asked.length);
    // No policy depends on age, category or grade: they are never asked.
    expect(asked).not.toContain('age');
    expect(asked).not.toContain('disabilityCategory');
    // Someone who lives elsewhere is not asked about the city's own conditions.
    const elsewhere = nextQuestion([policy('community-work-space')], { residence: 'elsewhere' });
    expect(elsewhere).toBeNull();
  });
});
