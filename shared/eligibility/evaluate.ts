import type { Policy } from '../catalog/policy.js';
import type { LocalizedText } from '../catalog/localizedText.js';
import { eligibilityQuestions, questionIds, UNKNOWN, type EligibilityAnswers, type QuestionId } from './questions.js';
import type { Clause, Condition } from './rules.js';

/**
 * The answers, in the order results are listed (issue #13): a policy whose plan period has ended is never
 * "likely" and sorts last; a city's policy for someone who lives elsewhere says so rather than "no".
 */
export const verdicts = ['likely', 'first_step', 'need_more_info', 'not_eligible', 'not_for_individuals', 'other_area', 'period_ended'] as const;
export type Verdict = (typeof verdicts)[number];

/** One policy's answer for one resident, with the words that explain it (shown and spoken). */
export type PolicyVerdict = {
  readonly policyId: string;
  readonly verdict: Verdict;
  /** Conditions that hold: "因为" + these joined by "并且". */
  readonly met: readonly LocalizedText[];
  /** Alternatives that open a first step, e.g. "您持有残疾人证，可以先申请认定为就业困难人员". */
  readonly firstSteps: readonly LocalizedText[];
  /** Conditions that fail; non-empty for not_eligible and other_area. */
  readonly unmet: readonly LocalizedText[];
  /** Questions whose answers are missing or "不知道" and would decide it; non-empty exactly for need_more_info. */
  readonly missing: readonly QuestionId[];
  /** The amount for this resident's situation (e.g. 新注册个体工商户 → 2,000 元), else the policy's general one. */
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

type ConditionResult = {
  truth: Truth | 'first_step';
  met: LocalizedText[];
  firstSteps: LocalizedText[];
  unmet: LocalizedText[];
  /** Unanswered questions that would settle it. */
  missing: QuestionId[];
  /** True when the failing clause is the residence one: the policy belongs to another area. */
  elsewhere: boolean;
};

// Three-valued logic: "不知道" can never turn into "no". A condition fails only on answers given.
function evaluateCondition(condition: Condition, answers: EligibilityAnswers): ConditionResult {
  const clauses = 'anyOf' in condition ? condition.anyOf : [condition];
  const truths = clauses.map((clause) => clauseTruth(clause, answers));
  const none = { met: [], firstSteps: [], unmet: [], missing: [], elsewhere: false };
  const holding = clauses.find((clause, index) => truths[index] === 'yes' && clause.firstStep !== true);
  if (holding !== undefined) return { ...none, truth: 'yes', met: [holding.met] };
  const unknownQuestions = clauses.filter((_clause, index) => truths[index] === 'unknown').map((clause) => clause.question);
  const step = clauses.find((clause, index) => truths[index] === 'yes' && clause.firstStep === true);
  if (step !== undefined) {
    // Only the regular alternatives are still worth asking ("已经认定了" makes it a plain yes); another
    // first step would change nothing.
    const regularUnknown = clauses.filter((clause, index) => truths[index] === 'unknown' && clause.firstStep !== true).map((clause) => clause.question);
    return { ...none, truth: 'first_step', firstSteps: [step.met], missing: regularUnknown };
  }
  if (truths.every((truth) => truth === 'no')) {
    // Every alternative was ruled out: name the first, which the policy lists as the main one.
    const clause = clauses[0];
    return { ...none, truth: 'no', unmet: clause === undefined ? [] : [clause.unmet], elsewhere: clause?.question === 'residence' };
  }
  return { ...none, truth: 'unknown', missing: unknownQuestions };
}

function conditionResults(policy: Policy, answers: EligibilityAnswers): ConditionResult[] {
  return (policy.eligibility?.conditions ?? []).map((condition) => evaluateCondition(condition, answers));
}

function hasEnded(policy: Policy, today: string): boolean {
  return policy.effective.to !== null && policy.effective.to < today;
}

/**
 * Pure and data-driven: the rules come with the policy catalog. It never claims certainty; staff decide.
 * `today` is the kiosk's local date (YYYY-MM-DD): a plan whose period has ended is answered as such.
 */
export function evaluatePolicy(policy: Policy, answers: EligibilityAnswers, today: string): PolicyVerdict {
  const base = { policyId: policy.id, amountText: policy.amount.text, met: [], firstSteps: [], unmet: [], missing: [] };
  if (policy.eligibility === null) return { ...base, verdict: 'not_for_individuals' };
  const results = conditionResults(policy, answers);
  const variant = policy.eligibility.amountVariants.find((candidate) => clauseTruth(candidate.when, answers) === 'yes');
  const found = {
    ...base,
    amountText: variant?.amountText ?? policy.amount.text,
    met: results.flatMap((result) => result.met),
    firstSteps: results.flatMap((result) => result.firstSteps),
  };
  const failed = results.filter((result) => result.truth === 'no');
  const unmet = failed.flatMap((result) => result.unmet);
  if (failed.some((result) => result.elsewhere)) return { ...found, verdict: 'other_area', unmet };
  if (unmet.length > 0) return { ...found, verdict: 'not_eligible', unmet };
  if (hasEnded(policy, today)) return { ...found, verdict: 'period_ended' };
  const undecided = new Set(results.filter((result) => result.truth === 'unknown').flatMap((result) => result.missing));
  if (undecided.size > 0) return { ...found, verdict: 'need_more_info', missing: questionIds.filter((id) => undecided.has(id)) };
  if (found.firstSteps.length > 0) return { ...found, verdict: 'first_step' };
  return { ...found, verdict: 'likely' };
}

/** Every policy's verdict, in the order they are listed: likeliest first, ended plans last. */
export function evaluateEligibility(policies: readonly Policy[], answers: EligibilityAnswers, today: string): PolicyVerdict[] {
  return policies
    .map((policy) => evaluatePolicy(policy, answers, today))
    .map((verdict, index) => ({ verdict, index }))
    .sort((a, b) => verdicts.indexOf(a.verdict.verdict) - verdicts.indexOf(b.verdict.verdict) || a.index - b.index)
    .map(({ verdict }) => verdict);
}

/** Questions still worth asking for one policy: those that could change its answer. */
function openQuestions(policy: Policy, answers: EligibilityAnswers): QuestionId[] {
  const results = conditionResults(policy, answers);
  if (results.some((result) => result.truth === 'no')) return [];
  return results.flatMap((result) => result.missing);
}

/**
 * The next question worth asking: the first, in the fixed order, that is not answered yet and that some
 * still-undecided policy depends on. Questions that cannot change any outcome are never asked; null
 * means the check is done. Ended plans are asked about too: "您符合文件的条件，但计划期已结束" tells the
 * resident what to ask staff about a successor.
 */
export function nextQuestion(policies: readonly Policy[], answers: EligibilityAnswers): QuestionId | null {
  const wanted = new Set(policies.flatMap((policy) => openQuestions(policy, answers)));
  return questionIds.find((id) => wanted.has(id) && answers[id] === undefined) ?? null;
}
