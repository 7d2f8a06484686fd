import type { TFunction } from 'i18next';

/** 残疾人证 category and grade in words ("肢体残疾，三级"), shown and spoken (issue #5). */
export function disabilityInWords(disability: { category: string; grade: number }, t: TFunction): string {
  const category = disability.category === 'multiple' ? t('signup.multiple') : t(`jobs.categories.${disability.category}`);
  return t('signup.review.cardValue', { category, grade: t(`signup.grade.${disability.grade}`) });
}
