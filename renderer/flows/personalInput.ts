import type { ResidentAnswers } from '../forms/residentAnswers.js';

/** The personal fields every submit channel takes, as the resident gave them this visit. */
export function personalInput(answers: ResidentAnswers): { readonly name: string; readonly phone: string; readonly idNumber: string } {
  return { name: answers.name, phone: answers.phone, idNumber: answers.idNumber };
}
