import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { maskIdNumber, maskPhone } from '../../shared/domain/mask.js';
import type { ResidentAnswers } from '../forms/residentAnswers.js';
import { spokenPersonalNumber } from '../forms/spokenNumbers.js';
import type { ReviewRow } from './ReviewList.js';

type Words = { readonly t: TFunction; readonly language: UiLanguage; readonly speakFullNumbers: boolean };

/**
 * The review rows for the answers every flow shares (name, phone, 身份证号): shown masked and spoken as the
 * last 4 digits unless private listening is on (ACCESSIBILITY.md "Privacy"). Each row's change button returns
 * to the question of the same name, so a flow's steps must include it.
 */
export function personalReviewRows(answers: ResidentAnswers, words: Words) {
  const { t, language, speakFullNumbers } = words;
  const notGiven = t('interest.review.notGiven');
  const name: ReviewRow<'name'> = { key: 'name', label: t('interest.review.name'), shown: answers.name, spoken: answers.name, change: 'name' };
  const phone: ReviewRow<'phone'> = {
    key: 'phone',
    label: t('interest.review.phone'),
    shown: maskPhone(answers.phone),
    spoken: spokenPersonalNumber(answers.phone, language, speakFullNumbers),
    change: 'phone',
  };
  // The ID number is optional in some flows (job interest): an empty answer reads "not given".
  const idNumber: ReviewRow<'idNumber'> = {
    key: 'idNumber',
    label: t('interest.review.idNumber'),
    shown: answers.idNumber === '' ? notGiven : maskIdNumber(answers.idNumber),
    spoken: answers.idNumber === '' ? notGiven : spokenPersonalNumber(answers.idNumber, language, speakFullNumbers),
    change: 'idNumber',
  };
  return { name, phone, idNumber };
}

/** A row naming what the flow is about (the job, the course), which cannot be changed from the review. */
export function subjectRow(key: string, label: string, text: string): ReviewRow<never> {
  return { key, label, shown: text, spoken: text };
}
