import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PolicySchema, type Policy } from '../../../shared/catalog/policy.js';
import type { LocalizedText } from '../../../shared/catalog/localizedText.js';
import { eligibilityQuestions, UNKNOWN } from '../../../shared/eligibility/questions.js';
import type { Clause, Condition } from '../../../shared/eligibility/rules.js';

// Checks the shipped subsidy policy catalog (assets/catalog/policies.json, issue #7): schema, ids,
// links from courses, sources, amounts, texts and eligibility rules. The data is hand-written from the
// seed documents in ../shared/seeds; every fact in it must come from one of them.

const policiesPath = fileURLToPath(new URL('../../../assets/catalog/policies.json', import.meta.url));
const coursesPath = fileURLToPath(new URL('../../../assets/catalog/courses.json', import.meta.url));
/** The source documents live next to the repository; a clean CI clone does not have them. SEEDS_DIR overrides. */
const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

/**
 * The seed documents' numbers (or, for the Qingdao plan, which has none, its exact title), as cited.
 * Used when the seeds are absent; when they are present, every entry is checked to occur in them.
 */
const knownDocumentNumbers = [
  '菏残联发〔2024〕18号',
  '鲁就办〔2023〕13号',
  '鲁残联发〔2023〕6号',
  '青岛市“扩岗位提技能优环境”帮扶残疾人就业行动方案',
  '中国残疾人就业及就业服务工作简报2024年第2期',
] as const;

const requiredIds = [
  'startup-subsidy',
  'startup-guarantee-loan',
  'social-insurance-subsidy',
  'skill-upgrade-subsidy',
  'job-seeking-subsidy',
  'hiring-subsidy',
  'assisted-employment-subsidy',
  'blind-massage-support',
  'community-work-space',
  'free-vocational-training',
] as const;

function readJsonArray(path: string): unknown[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) {
    throw new Error(`${path} must hold a JSON array`);
  }
  return parsed;
}

/**
 * Document numbers are printed with either 〔〕 or [] (the 鲁就办 text uses square brackets); the
 * catalog uses the official 〔〕 form. Normalise both sides so the match is literal otherwise.
 */
function normalizeBrackets(text: string): string {
  return text.replace(/[[［]/gu, '〔').replace(/[\]］]/gu, '〕');
}

/** The text of every source document (the README is an index, not a source). */
function readSeedDocuments(): string[] | null {
  if (!existsSync(seedsDir)) {
    return null;
  }
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => normalizeBrackets(readFileSync(join(seedsDir, name), 'utf8')));
}

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
    for (const bound of [clause.min, clause.max]) {
      if (bound !== undefined && (bound < question.min || bound > question.max)) problems.push(`bound ${bound} outside ${question.min}–${question.max}`);
    }
    if (clause.min !== undefined && clause.max !== undefined && clause.min > clause.max) problems.push('min above max');
  } else {
    const options: readonly string[] = question.options;
    if (clause.min !== undefined || clause.max !== undefined) problems.push('min/max on a choice question');
    if (clause.oneOf === undefined || clause.oneOf.length === 0) problems.push('choice clause without oneOf');
    for (const value of clause.oneOf ?? []) {
      if (value === UNKNOWN) problems.push(`"${UNKNOWN}" in oneOf`);
      else if (!options.includes(value)) problems.push(`"${value}" is not an option`);
    }
    if (new Set(clause.oneOf).size !== (clause.oneOf ?? []).length) problems.push('duplicate oneOf values');
  }
  return problems.map((problem) => `${clause.question}: ${problem}`);
}

/** The amount the first matching variant gives for one answer, as the eligibility check picks it. */
function variantMinYuan(policy: Policy, question: keyof typeof eligibilityQuestions, answer: string): number | null | undefined {
  const variant = policy.eligibility?.amountVariants.find((candidate) => candidate.when.question === question && (candidate.when.oneOf ?? []).includes(answer));
  return variant?.minYuan;
}

/** Every {zh-CN, en} pair anywhere inside a value. */
function localizedTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) {
    return value.flatMap(localizedTexts);
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const record = value as Record<string, unknown>;
  const zh = record['zh-CN'];
  const en = record['en'];
  if (typeof zh === 'string' && typeof en === 'string') {
    return [{ 'zh-CN': zh, en }];
  }
  return Object.values(record).flatMap(localizedTexts);
}

const cjk = /[\u3400-\u9fff]/u;
const rawPolicies = readJsonArray(policiesPath);
const parsed = z.array(PolicySchema).safeParse(rawPolicies);
const policies: Policy[] = parsed.success ? parsed.data : [];
const byId = new Map(policies.map((policy) => [policy.id, policy]));
const seedDocuments = readSeedDocuments();

describe('policy catalog (assets/catalog/policies.json)', () => {
  it('validates against PolicySchema', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
    expect(issues).toEqual([]);
    expect(policies.length).toBe(rawPolicies.length);
  });

  it('has unique ids, at least 10 policies and every required one', () => {
    const ids = policies.map((policy) => policy.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(policies.length).toBeGreaterThanOrEqual(10);
    expect(requiredIds.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('resolves every subsidyPolicyId in courses.json, skill-upgrade-subsidy included', () => {
    expect(byId.has('skill-upgrade-subsidy')).toBe(true);
    const linked = readJsonArray(coursesPath).flatMap((course) => {
      const id = (course as { subsidyPolicyId?: unknown }).subsidyPolicyId;
      return typeof id === 'string' ? [id] : [];
    });
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('cites a seed document for every policy', () => {
    const cited = policies.map((policy) => policy.source.documentNumber.trim());
    expect(cited.filter((number) => number === '')).toEqual([]);
    const known = seedDocuments === null ? knownDocumentNumbers.map(normalizeBrackets) : seedDocuments;
    const unknown = cited.filter((number) => !known.some((text) => text.includes(normalizeBrackets(number))));
    expect(unknown).toEqual([]);
    if (seedDocuments === null) {
      // Without the seeds, the list is the reference: a citation must be one of its entries exactly.
      expect(cited.filter((number) => !(knownDocumentNumbers as readonly string[]).includes(number))).toEqual([]);
    }
  });

  it.skipIf(seedDocuments === null)('keeps the fallback list of document numbers in step with the seeds', () => {
    const missing = knownDocumentNumbers.filter((number) => !(seedDocuments ?? []).some((text) => text.includes(normalizeBrackets(number))));
    expect(missing).toEqual([]);
  });

  it('gives every policy a money amount or marks it not monetary, with sane bounds', () => {
    for (const policy of policies) {
      expect(['money', 'not_monetary'], policy.id).toContain(policy.amount.kind);
      if (policy.amount.kind === 'money' && policy.amount.minYuan !== null && policy.amount.maxYuan !== null) {
        expect(policy.amount.minYuan, policy.id).toBeLessThanOrEqual(policy.amount.maxYuan);
      }
    }
  });

  it('writes title, summary, easy read, who qualifies and who applies in both languages', () => {
    const fields = ['title', 'summary', 'easyRead', 'whoQualifies', 'whoApplies'] as const;
    const empty = policies.flatMap((policy) =>
      fields.flatMap((field) => (['zh-CN', 'en'] as const).filter((language) => policy[field][language].trim() === '').map((language) => `${policy.id}.${field}.${language}`)),
    );
    expect(empty).toEqual([]);
  });

  it('translates every text into English (no Chinese left in en fields)', () => {
    const untranslated = policies.flatMap((policy) => localizedTexts(policy).filter(({ en }) => cjk.test(en)).map(({ en }) => `${policy.id}: ${en}`));
    expect(untranslated).toEqual([]);
  });

  it('keeps the easy-read text short: shorter than the summary, or at most 60 characters a sentence', () => {
    const tooLong = policies.filter((policy) => {
      const easy = policy.easyRead['zh-CN'];
      const sentences = easy.split(/[。！？!?]/u).filter((sentence) => sentence.trim() !== '');
      return easy.length >= policy.summary['zh-CN'].length && sentences.some((sentence) => sentence.length > 60);
    });
    expect(tooLong.map((policy) => policy.id)).toEqual([]);
  });

  it('lists what to bring and has a stated period that does not end before it starts', () => {
    expect(policies.filter((policy) => policy.documents.length === 0).map((policy) => policy.id)).toEqual([]);
    expect(policies.filter((policy) => policy.effective.to !== null && policy.effective.to < policy.effective.from).map((policy) => policy.id)).toEqual([]);
  });

  it('has eligibility rules exactly for the policies residents apply for themselves', () => {
    expect(policies.filter((policy) => policy.audience === 'individual' && policy.eligibility === null).map((policy) => policy.id)).toEqual([]);
    expect(policies.filter((policy) => policy.audience !== 'individual' && policy.eligibility !== null).map((policy) => policy.id)).toEqual([]);
    expect(byId.get('hiring-subsidy')?.audience).toBe('employer');
    expect(byId.get('assisted-employment-subsidy')?.audience).toBe('institution');
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

  it('gives the startup subsidy 12,000 yuan for a small enterprise and 2,000 yuan for an individual business', () => {
    const startup = byId.get('startup-subsidy');
    expect(startup).toBeDefined();
    if (startup === undefined) return;
    expect(variantMinYuan(startup, 'business', 'small_enterprise')).toBe(12000);
    expect(variantMinYuan(startup, 'business', 'individual')).toBe(2000);
    expect(startup.amount.kind).toBe('money');
    const general = startup.amount.text['zh-CN'];
    expect(general).toContain('12000');
    expect(general).toContain('2000');
  });

  it('checks the disabled graduate conditions for the job-seeking subsidy', () => {
    const clauses = (byId.get('job-seeking-subsidy')?.eligibility?.conditions ?? []).filter((condition): condition is Clause => !('anyOf' in condition));
    expect(clauses.map((clause) => [clause.question, clause.oneOf])).toEqual(
      expect.arrayContaining([
        ['graduation', ['this_year']],
        ['disabilityCertified', ['yes']],
      ]),
    );
  });
});
