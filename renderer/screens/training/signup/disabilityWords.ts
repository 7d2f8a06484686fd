import type { TFunction } from 'i18next';
import { translateMessage } from '../../../i18n/translateMessage.js';

/** 残疾人证 category and grade in words ("肢体残疾，三级"), shown and spoken (issue #5). */
export function disabilityInWords(disability: { category: string; grade: number }, t: TFunction): string {
  const category = disability.category === 'multiple' ? t('signup.multiple') : translateMessage(t, `jobs.categories.${disability.category}`);
  return t('signup.review.cardValue', { category, grade: translateMessage(t, `signup.grade.${disability.grade}`) });
}
