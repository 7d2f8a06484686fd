import type { TFunction } from 'i18next';
import type { Course, CourseSession } from '../../../../shared/catalog/course.js';
import type { UiLanguage } from '../../../../shared/catalog/localizedText.js';

/**
 * What the sign-up receipt says (issue #5): reference, course, class, venue with its accessibility,
 * what to bring, who to ask and the station's phone (once staff have set it). One list for the screen, the print page and the read-aloud.
 */
export function receiptLines(
  course: Course,
  session: CourseSession,
  reference: string,
  station: { readonly name: string; readonly phone: string },
  t: TFunction,
  language: UiLanguage,
): string[] {
  const access = course.venueAccessibility.notes?.[language] ?? t('jobs.detail.noAccessibility');
  return [
    t('signup.done.reference', { reference }),
    t('common.labelValue', { label: t('signup.review.course'), value: course.title[language] }),
    t('common.labelValue', { label: t('signup.review.session'), value: `${session.startDate} ${session.schedule[language]}` }),
    t('common.labelValue', { label: t('training.detail.venue'), value: course.venue[language] }),
    t('common.labelValue', { label: t('training.detail.accessibility'), value: access }),
    t('signup.done.bring', { items: course.whatToBring[language] }),
    t('signup.done.ask', { station: station.name === '' ? t('signup.done.thisStation') : station.name }),
    ...(station.phone === '' ? [] : [t('signup.done.station', { phone: station.phone })]),
  ];
}
