import type { Policy } from '../../../shared/catalog/policy.js';
import { nextQuestion } from '../../../shared/eligibility/evaluate.js';
import type { EligibilityAnswers, QuestionId } from '../../../shared/eligibility/questions.js';
import { defineVisitSlot, useVisitMemory } from '../../session/visitMemory.js';

export type EligibilityState = {
  readonly answers: EligibilityAnswers;
  /** Consent to the disability category and grade questions: asked once, right before the first of them. */
  readonly disabilityConsent: boolean | null;
};
export type EligibilityStep = QuestionId | 'consent' | 'result';

export const freshEligibility: EligibilityState = { answers: {}, disabilityConsent: null };

const eligibilitySlot = defineVisitSlot<EligibilityState>('subsidies.eligibility', freshEligibility);

/** Kept for the visit (Back returns to earlier answers) and dropped with it: nothing is stored on the host. */
export function useEligibilityState(): [EligibilityState, (state: EligibilityState) => void] {
  return useVisitMemory(eligibilitySlot);
}

const SENSITIVE: readonly QuestionId[] = ['disabilityCategory', 'disabilityGrade'];

/** Where the check goes next: the next question that can change an outcome, the consent page before sensitive ones, or the result. */
export function stepAfter(policies: readonly Policy[], state: EligibilityState): EligibilityStep {
  const question = nextQuestion(policies, state.answers);
  if (question === null) return 'result';
  if (SENSITIVE.includes(question) && state.disabilityConsent === null) return 'consent';
  return question;
}
