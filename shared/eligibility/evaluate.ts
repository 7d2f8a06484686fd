import type { Policy } from '../catalog/policy.js';
import type { LocalizedText } from '../catalog/localizedText.js';
import { eligibilityQuestions, questionIds, UNKNOWN, type EligibilityAnswers, type QuestionId } from './questions.js';
import type { Clause, Condition } from './rules.js';

export const verdicts = ['likely', 'not_eligible', 'need_more_info', 'not_for_individuals'] as const;
export type Verdict = (typeof verdicts)[number];

/** One policy's answer for one resident, with the words that explain it (shown and spoken). */
export type PolicyVerdict = {
  readonly policyId: string;
  readonly verdict: Verdict;
  /** Conditions that hold: "因为" + these joined by "并且". */
  readonly met: readonly LocalizedText[];
  /** Conditions that fail; non-empty exactly when the verdict is not_eligible. */
  readonly unmet: readonly LocalizedText[];
  /** Questions whose answers are missing or "不知道" and would decide it; non-empty exactly for need_more_info. */
  readonly missing: readonly QuestionId[];
  /** The amount for this resident's situation (e.g. 个体工商户 → 2,000 元), else the policy's general one. */
  readonly amountText: LocalizedText;
};

type Truth = 'yes' | 'no' | 'unknown';

function clauseTruth(clause: Pick<Clause, 'question' | 'oneOf' | 'min' | 'max'>, answers: EligibilityAnswers): Truth {
  const answer = answers[clause.question];
  if (answer === undefined || answer === UNKNOWN) return 'unknown';
  if (eligibilityQuestions[clause.question].kind === 'number') {
    if (typeof answer !== 'number') return 'unknown';
    return (clause.min === undefined || answer >= clause.min) && (clause.max === undefined || answer <= clause.max) ? 'yes' : 'no';
  }
  return clause.oneOf === undefined || clause.oneOf.includes(String(answer)) ? 'yes' : 'no';
}

type ConditionResult = { truth: Truth; met: LocalizedText[]; unmet: LocalizedText[]; missing: QuestionId[] };

// Three-valued logic: "不知道" can never turn into "no". A condition fails only on answers given.
function evaluateCondition(condition: Condition, answers: EligibilityAnswers): ConditionResult {
  const clauses = 'anyOf' in condition ? condition.anyOf : [condition];
  const truths = clauses.map((clause) => clauseTruth(clause, answers));
  const firstYes = truths.indexOf('yes');
  if (firstYes >= 0) {
    const clause = clauses[firstYes];
    return { truth: 'yes', met: clause === undefined ? [] : [clause.met], unmet: [], missing: [] };
  }
  if (truths.every((truth) => truth === 'no')) {
    // Every alternative was ruled out: name the first, which the policy lists as the main one.
    const clause = clauses[0];
    return { truth: 'no', met: [], unmet: clause === undefined ? [] : [clause.unmet], missing: [] };
  }
  const missing = clauses.filter((_clause, index) => truths[index] === 'unknown').map((clause) => clause.question);
  return { truth: 'unknown', met: [], unmet: [], missing };
}

/** Pure and data-driven: the rules come with the policy catalog. It never claims certainty; staff decide. */
export function evaluatePolicy(policy: Policy, answers: EligibilityAnswers): PolicyVerdict {
  const base = { policyId: policy.id, amountText: policy.amount.text };
  if (policy.eligibility === null) {
    return { ...base, verdict: 'not_for_individuals', met: [], unmet: [], missing: [] };
  }
  const results = policy.eligibility.conditions.map((condition) => evaluateCondition(condition, answers));
  const met = results.flatMap((result) => result.met);
  const variant = policy.eligibility.amountVariants.find((candidate) => clauseTruth(candidate.when, answers) === 'yes');
  const amountText = variant?.amountText ?? policy.amount.text;
  const unmet = results.flatMap((result) => result.unmet);
  if (unmet.length > 0) return { ...base, amountText, verdict: 'not_eligible', met, unmet, missing: [] };
  const missingSet = new Set(results.flatMap((result) => result.missing));
  if (missingSet.size > 0) {
    return { ...base, amountText, verdict: 'need_more_info', met, unmet: [], missing: questionIds.filter((id) => missingSet.has(id)) };
  }
  return { ...base, amountText, verdict: 'likely', met, unmet: [], missing: [] };
}

export function evaluateEligibility(policies: readonly Policy[], answers: EligibilityAnswers): PolicyVerdict[] {
  return policies.map((policy) => evaluatePolicy(policy, answers));
}

/**
 * The next question worth asking: the first, in the fixed order, that is not answered yet and that some
 * still-undecided policy depends on. Questions that cannot change any outcome are never asked; null
 * means the check is done.
 */
export function nextQuestion(policies: readonly Policy[], answers: EligibilityAnswers): QuestionId | null {
  const wanted = new Set(evaluateEligibility(policies, answers).flatMap((verdict) => verdict.missing));
  return questionIds.find((id) => wanted.has(id) && answers[id] === undefined) ?? null;
}
