import type { TFunction } from 'i18next';
import type { Course, CourseSession } from '../../../shared/catalog/course.js';
import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import { findDistrict } from '../../../shared/geo/districts.js';
import { localIsoDate } from '../../../shared/domain/localDate.js';

export function upcomingSessions(course: Course, today: string): CourseSession[] {
  return course.sessions.filter((session) => session.startDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate));
}

export function seatsLeft(session: CourseSession): number {
  return Math.max(0, session.seatsTotal - session.seatsTaken);
}

export function costText(course: Course, t: TFunction): string {
  if (course.cost.feeYuan === 0) return t('training.allFree');
  // "其他人 N 元" only makes sense after "持残疾人证免费"; when no one trains free it is simply the fee.
  if (!course.cost.freeForCertifiedDisabled) return t('training.feeEveryone', { fee: course.cost.feeYuan });
  return [t('training.free'), t('training.fee', { fee: course.cost.feeYuan })].join(t('common.clauseSeparator'));
}

export function placeText(course: Course, language: UiLanguage): string {
  const district = findDistrict(course.districtCode);
  return district === undefined ? course.venue[language] : `${district.city[language]} ${district.name[language]}`;
}

/** One course in the list, as shown and as spoken: title, provider, place, how, next class, cost. */
export function courseSummaryParts(course: Course, language: UiLanguage, t: TFunction, today: string): string[] {
  const next = upcomingSessions(course, today)[0];
  return [
    course.title[language],
    course.provider[language],
    placeText(course, language),
    t(`training.formats.${course.format}`),
    next === undefined ? '' : t('training.nextSession', { date: next.startDate }),
    costText(course, t),
  ].filter((part) => part !== '');
}

/** "示例数据，不是真实课程" for a seed course (issue #13), shown and spoken wherever it appears; '' for a real one. */
export function courseDemoNotice(course: Course, t: TFunction): string {
  return course.demonstration === true ? t('training.demoBadge') : '';
}

/** A course in the list as spoken: its title, then the demonstration notice if any, then the rest of the summary. */
export function courseSpokenParts(course: Course, language: UiLanguage, t: TFunction, today: string): string[] {
  const [title = '', ...rest] = courseSummaryParts(course, language, t, today);
  return [title, courseDemoNotice(course, t), ...rest].filter((part) => part !== '');
}

export function localToday(): string {
  return localIsoDate(new Date());
}
