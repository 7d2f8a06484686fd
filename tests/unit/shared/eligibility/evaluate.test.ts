import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { assetsDir } from '../../../../electron/config/appPaths.js';
import { PolicySchema, type Policy } from '../../../../shared/catalog/policy.js';
import { evaluateEligibility, evaluatePolicy, nextQuestion, type PolicyVerdict } from '../../../../shared/eligibility/evaluate.js';
import { questionIds, UNKNOWN, type EligibilityAnswers } from '../../../../shared/eligibility/questions.js';

// Table-driven over the real policy catalog (assets/catalog/policies.json), so a data change that
// breaks one of these residents' answers fails here.
const policies = z.array(PolicySchema).parse(JSON.parse(readFileSync(join(assetsDir, 'catalog', 'policies.json'), 'utf8')));
const policy = (id: string): Policy => {
  const found = policies.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no policy ${id}`);
  return found;
};
const zh = (verdict: PolicyVerdict, field: 'met' | 'unmet'): string => verdict[field].map((text) => text['zh-CN']).join('|');

describe('eligibility engine', () => {
  it.each<[string, EligibilityAnswers, string, PolicyVerdict['verdict'], RegExp]>([
    [
      'a 30-year-old with a 肢体 grade-3 certificate in flexible work',
      { age: 30, disabilityCertified: 'yes', disabilityCategory: 'physical', disabilityGrade: '3', employment: 'flexible' },
      'social-insurance-subsidy',
      'likely',
      /灵活就业.*\|.*残疾人证/,
    ],
    ['a graduate of this year with a certificate', { graduation: 'this_year', disabilityCertified: 'yes' }, 'job-seeking-subsidy', 'likely', /今年毕业.*\|.*残疾人证/],
    ['someone starting a 个体工商户', { business: 'individual' }, 'startup-subsidy', 'likely', /个体工商户/],
    ['a certificate holder', { disabilityCertified: 'yes' }, 'free-vocational-training', 'likely', /残疾人证/],
  ])('%s → %s %s', (_who, answers, policyId, expected, reasons) => {
    const verdict = evaluatePolicy(policy(policyId), answers);
    expect(verdict.verdict).toBe(expected);
    expect(zh(verdict, 'met')).toMatch(reasons);
  });

  it('gives the 个体工商户 amount (≥ 2,000 元) to someone starting one, and the 小微企业 amount (≥ 12,000 元) to a company', () => {
    const individual = evaluatePolicy(policy('startup-subsidy'), { business: 'individual' });
    expect(individual.amountText['zh-CN']).toMatch(/2000|2,000|2千/);
    expect(individual.amountText['zh-CN']).not.toMatch(/12000|12,000/);
    expect(evaluatePolicy(policy('startup-subsidy'), { business: 'small_enterprise' }).amountText['zh-CN']).toMatch(/12000|12,000/);
  });

  it.each(['hiring-subsidy', 'assisted-employment-subsidy', 'blind-massage-support'])(
    'an employer- or institution-side policy (%s) is "not for individuals", whatever the answers',
    (policyId) => {
      const verdict = evaluatePolicy(policy(policyId), { disabilityCertified: 'yes', employment: 'employed', business: 'small_enterprise' });
      expect(verdict.verdict).toBe('not_for_individuals');
      expect(policy(policyId).whoApplies['zh-CN'].length).toBeGreaterThan(5);
    },
  );

  it('unknown answers give "need more information", never "not eligible", naming what is missing', () => {
    const allUnknown = Object.fromEntries(questionIds.map((id) => [id, UNKNOWN])) as EligibilityAnswers;
    for (const answers of [{}, allUnknown]) {
      for (const verdict of evaluateEligibility(policies, answers)) {
        expect(verdict.verdict).not.toBe('not_eligible');
        expect(verdict.verdict).not.toBe('likely');
        if (verdict.verdict === 'need_more_info') expect(verdict.missing.length).toBeGreaterThan(0);
      }
    }
    // One known "no" beside an unknown alternative is still not a "no" (三值逻辑).
    const partly = evaluatePolicy(policy('social-insurance-subsidy'), { employment: 'flexible', disabilityCertified: 'no', unemployedOverYear: UNKNOWN });
    expect(partly.verdict).toBe('need_more_info');
    expect(partly.missing).toContain('unemployedOverYear');
  });

  it('says "not eligible" only on answers given, with the reason', () => {
    const verdict = evaluatePolicy(policy('job-seeking-subsidy'), { graduation: 'earlier', disabilityCertified: 'yes' });
    expect(verdict.verdict).toBe('not_eligible');
    expect(zh(verdict, 'unmet')).toMatch(/今年毕业/);
  });

  it('asks only questions that can change an outcome, and stops when none can', () => {
    // No rule depends on age or residence: they are never asked.
    const asked: string[] = [];
    let answers: EligibilityAnswers = {};
    for (let question = nextQuestion(policies, answers); question !== null; question = nextQuestion(policies, answers)) {
      asked.push(question);
      answers = { ...answers, [question]: UNKNOWN };
    }
    expect(asked).not.toContain('age');
    expect(asked).not.toContain('residence');
    expect(new Set(asked).size).toBe(asked.length);
    // Without a certificate, nothing depends on the certificate's category or grade.
    const noCard = { disabilityCertified: 'no' } as const;
    let next = nextQuestion(policies, noCard);
    const after: string[] = [];
    let state: EligibilityAnswers = noCard;
    while (next !== null) {
      after.push(next);
      state = { ...state, [next]: 'no' };
      next = nextQuestion(policies, state);
    }
    expect(after).not.toContain('disabilityCategory');
    expect(after).not.toContain('disabilityGrade');
  });
});
