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
  return course.cost.freeForCertifiedDisabled ? `${t('training.free')}；${t('training.fee', { fee: course.cost.feeYuan })}` : t('training.fee', { fee: course.cost.feeYuan });
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

export function localToday(): string {
  return localIsoDate(new Date());
}
