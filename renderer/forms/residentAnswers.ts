import type { DisabilityCategory } from '../../shared/catalog/disability.js';
import { defineVisitSlot, useVisitMemory } from '../session/visitMemory.js';

/**
 * What the resident told us this visit. Later forms start from these answers, so nothing is asked
 * twice (WCAG 3.3.7); all of it is dropped when the visit ends.
 */
export type ResidentAnswers = {
  readonly name: string;
  readonly phone: string;
  readonly idNumber: string;
  readonly idSkipped: boolean;
  readonly disabilityConsent: boolean | null;
  readonly disabilityCategory: DisabilityCategory | null;
};

export const noAnswers: ResidentAnswers = {
  name: '',
  phone: '',
  idNumber: '',
  idSkipped: false,
  disabilityConsent: null,
  disabilityCategory: null,
};

const residentAnswersSlot = defineVisitSlot<ResidentAnswers>('resident.answers', noAnswers);

export function useResidentAnswers(): [ResidentAnswers, (answers: ResidentAnswers) => void] {
  return useVisitMemory(residentAnswersSlot);
}
