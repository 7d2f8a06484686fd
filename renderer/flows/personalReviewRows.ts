import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { maskIdNumber, maskPhone } from '../../shared/domain/mask.js';
import type { ResidentAnswers } from '../forms/residentAnswers.js';
import { spokenPersonalNumber } from '../forms/spokenNumbers.js';
import type { ReviewRow } from './ReviewList.js';

type Words = { readonly t: TFunction; readonly language: UiLanguage; readonly speakFullNumbers: boolean };

/** The answers every flow shares; each is also the name of the question that asks it. */
export type PersonalField = 'name' | 'phone' | 'idNumber';

/**
 * The review rows for the shared answers, in the order the flow asked them: shown masked and spoken as the last
 * 4 digits unless private listening is on (ACCESSIBILITY.md "Privacy"). Each row's change button returns to the
 * question of the same name, so the flow's steps must include it.
 */
export function personalReviewRows<F extends PersonalField>(answers: ResidentAnswers, words: Words, fields: readonly F[]): ReviewRow<F>[] {
  const { t, language, speakFullNumbers } = words;
  const notGiven = t('interest.review.notGiven');
  const rowOf = (field: PersonalField): Omit<ReviewRow<PersonalField>, 'change'> => {
    switch (field) {
      case 'name':
        return { key: 'name', label: t('interest.review.name'), shown: answers.name, spoken: answers.name };
      case 'phone':
        return { key: 'phone', label: t('interest.review.phone'), shown: maskPhone(answers.phone), spoken: spokenPersonalNumber(answers.phone, language, speakFullNumbers) };
      case 'idNumber':
        // The ID number is optional in some flows (job interest): an empty answer reads "not given".
        return {
          key: 'idNumber',
          label: t('interest.review.idNumber'),
          shown: answers.idNumber === '' ? notGiven : maskIdNumber(answers.idNumber),
          spoken: answers.idNumber === '' ? notGiven : spokenPersonalNumber(answers.idNumber, language, speakFullNumbers),
        };
    }
  };
  return fields.map((field) => ({ ...rowOf(field), change: field }));
}

/** A row naming what the flow is about (the job, the course), which cannot be changed from the review. */
export function subjectRow(key: string, label: string, text: string): ReviewRow<never> {
  return { key, label, shown: text, spoken: text };
}
