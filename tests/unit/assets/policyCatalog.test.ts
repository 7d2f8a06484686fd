import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPolicies, policiesJsonUrl, writePoliciesJson } from '../../../scripts/seed/generatePolicies.js';
import { z } from 'zod';
import { CourseSchema } from '../../../shared/catalog/course.js';
import type { LocalizedText } from '../../../shared/catalog/localizedText.js';
import { appliesAtStation } from '../../../shared/catalog/policyArea.js';
import type { Policy } from '../../../shared/catalog/policy.js';
import { eligibilityQuestions, UNKNOWN } from '../../../shared/eligibility/questions.js';
import type { Clause, Condition } from '../../../shared/eligibility/rules.js';

// Checks the shipped subsidy policy catalog (assets/catalog/policies.json, issues #7 and #13). It is built
// from scripts/seed/policies/*.ts; regenerate with:
//   UPDATE_SEED=1 npx vitest run --project unit tests/unit/assets/policyCatalog.test.ts
// The quotes behind every fact are checked against ../shared/seeds in policyQuotes.test.ts.

if (process.env.UPDATE_SEED === '1') writePoliciesJson();

const coursesPath = fileURLToPath(new URL('../../../assets/catalog/courses.json', import.meta.url));
const policies = buildPolicies();
const byId = new Map(policies.map((policy) => [policy.id, policy]));

function clausesOf(condition: Condition): Clause[] {
  return 'anyOf' in condition ? condition.anyOf : [condition];
}

type ClauseTest = Pick<Clause, 'question' | 'oneOf' | 'min' | 'max'>;

/** What is wrong with one clause, in words; empty when it only uses the questions' own options. */
function clauseProblems(clause: ClauseTest): string[] {
  const question = eligibilityQuestions[clause.question];
  const problems: string[] = [];
  if (question.kind === 'number') {
    if (clause.oneOf !== undefined) problems.push('oneOf on a number question');
    if (clause.min === undefined && clause.max === undefined) problems.push('number clause without min or max');
  } else {
    const options: readonly string[] = question.options;
    if (clause.min !== undefined || clause.max !== undefined) problems.push('min/max on a choice question');
    if (clause.oneOf === undefined || clause.oneOf.length === 0) problems.push('choice clause without oneOf');
    for (const value of clause.oneOf ?? []) {
      if (value === UNKNOWN) problems.push(`"${UNKNOWN}" in oneOf`);
      else if (!options.includes(value)) problems.push(`"${value}" is not an option`);
    }
  }
  return problems.map((problem) => `${clause.question}: ${problem}`);
}

/** Every {zh-CN, en} pair anywhere inside a value. */
function localizedTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const zh = record['zh-CN'];
  const en = record['en'];
  if (typeof zh === 'string' && typeof en === 'string') return [{ 'zh-CN': zh, en }];
  return Object.values(record).flatMap(localizedTexts);
}

const cjk = /[\u3400-\u9fff]/u;
const chinesePunctuation = /[。，、；：（）“”！？]/u;

describe('policy catalog (assets/catalog/policies.json)', () => {
  it('is what scripts/seed/generatePolicies.ts builds', () => {
    expect(existsSync(policiesJsonUrl), 'run with UPDATE_SEED=1 to write it').toBe(true);
    expect(JSON.parse(readFileSync(policiesJsonUrl, 'utf8'))).toEqual(JSON.parse(JSON.stringify(policies)));
  });

  it('has unique ids and the policies the stations offer', () => {
    const ids = policies.map((policy) => policy.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['startup-subsidy', 'startup-guarantee-loan', 'social-insurance-subsidy', 'skill-upgrade-subsidy', 'job-seeking-subsidy', 'community-work-space', 'free-vocational-training', 'employment-aid']) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('links a course only to a subsidy that applies where the course is held', () => {
    const courses = z.array(CourseSchema).parse(JSON.parse(readFileSync(coursesPath, 'utf8')));
    const linked = courses.filter((course) => course.subsidyPolicyId !== null);
    expect(linked.length).toBeGreaterThan(0);
    const problems = linked.flatMap((course) => {
      const policy = byId.get(course.subsidyPolicyId ?? '');
      if (policy === undefined) return [`${course.id}: no policy ${course.subsidyPolicyId}`];
      return appliesAtStation(policy.area, course.districtCode) ? [] : [`${course.id} in ${course.districtCode} links ${policy.id} (${policy.area.name['zh-CN']})`];
    });
    expect(problems).toEqual([]);
  });

  it('agrees with the course catalog on free training: every course where the free-training rule applies is free for certificate holders', () => {
    const free = byId.get('free-vocational-training');
    expect(free?.benefit).toBe('training');
    const courses = z.array(CourseSchema).parse(JSON.parse(readFileSync(coursesPath, 'utf8')));
    const covered = courses.filter((course) => free !== undefined && appliesAtStation(free.area, course.districtCode));
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.filter((course) => !course.cost.freeForCertifiedDisabled).map((course) => course.id)).toEqual([]);
  });

  it('puts a city\'s own policy in that city, and asks city residents only', () => {
    for (const policy of policies) {
      const first = policy.eligibility?.conditions[0];
      if (policy.area.level === 'city' && policy.eligibility !== null) {
        expect(first !== undefined && !('anyOf' in first) && first.question === 'residence', `${policy.id} must ask where the resident lives first`).toBe(true);
      }
      if (policy.area.level === 'province') {
        const asksResidence = (policy.eligibility?.conditions ?? []).flatMap(clausesOf).some((clause) => clause.question === 'residence');
        expect(asksResidence, `${policy.id} applies throughout the province`).toBe(false);
      }
    }
  });

  it('has a stated period that does not end before it starts', () => {
    expect(policies.filter((policy) => policy.effective.to !== null && policy.effective.to < policy.effective.from).map((policy) => policy.id)).toEqual([]);
  });

  it('translates every text into English, with no Chinese characters or punctuation left in it', () => {
    const untranslated = policies.flatMap((policy) => localizedTexts(policy).filter(({ en }) => cjk.test(en) || chinesePunctuation.test(en)).map(({ en }) => `${policy.id}: ${en}`));
    expect(untranslated).toEqual([]);
  });

  it('keeps the easy-read text short: every sentence at most 30 characters', () => {
    const tooLong = policies.filter((policy) => policy.easyRead['zh-CN'].split(/[。！？]/u).some((sentence) => sentence.length > 30));
    expect(tooLong.map((policy) => policy.id)).toEqual([]);
  });

  it('has eligibility rules exactly for the policies residents apply for themselves', () => {
    expect(policies.filter((policy) => (policy.audience === 'individual') !== (policy.eligibility !== null)).map((policy) => policy.id)).toEqual([]);
  });

  it('uses only the questions and options the eligibility check defines', () => {
    const problems = policies.flatMap((policy) => {
      const rules = policy.eligibility;
      if (rules === null) return [];
      const clauses: ClauseTest[] = [...rules.conditions.flatMap(clausesOf), ...rules.amountVariants.map((variant) => variant.when)];
      return clauses.flatMap(clauseProblems).map((problem) => `${policy.id}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('calls a loan a loan: never money, and its amount says it is paid back', () => {
    const loan: Policy | undefined = byId.get('startup-guarantee-loan');
    expect(loan?.benefit).toBe('loan');
    expect(loan?.amount.text['zh-CN']).toContain('要还');
  });

  it('gives the startup subsidy 12,000 yuan for a small enterprise and 2,000 yuan for a newly registered individual business only', () => {
    const variants = byId.get('startup-subsidy')?.eligibility?.amountVariants ?? [];
    expect(variants.map((variant) => [variant.when.oneOf, variant.minYuan])).toEqual([
      [['small_enterprise'], 12000],
      [['new_individual'], 2000],
    ]);
  });
});
