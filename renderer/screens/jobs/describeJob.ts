import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import type { Job } from '../../../shared/catalog/job.js';
import { findDistrict } from '../../../shared/geo/districts.js';

export function payText(job: Job, t: TFunction): string {
  return t(`jobs.pay.${job.pay.unit}`, { min: job.pay.minYuan, max: job.pay.maxYuan });
}

export function districtText(job: Job, language: UiLanguage): string {
  const district = findDistrict(job.districtCode);
  if (district === undefined) return '';
  return language === 'en' ? `${district.name.en}, ${district.city.en}` : `${district.city['zh-CN']}${district.name['zh-CN']}`;
}

/** One list item, as shown and as spoken: title, employer, district, pay, work type (issue #4). */
export function jobSummaryParts(job: Job, language: UiLanguage, t: TFunction): string[] {
  return [job.title[language], job.employer[language], districtText(job, language), payText(job, t), t(`jobs.workTypes.${job.workType}`)];
}

/** "示例数据，不是真实岗位" for a seed listing (issue #13), shown and spoken wherever it appears; '' for a real one. */
export function jobDemoNotice(job: Job, t: TFunction): string {
  return job.demonstration === true ? t('jobs.demoBadge') : '';
}

/** A list item as spoken: its title, then the demonstration notice if any, then the rest of the summary. */
export function jobSpokenParts(job: Job, language: UiLanguage, t: TFunction): string[] {
  const [title = '', ...rest] = jobSummaryParts(job, language, t);
  return [title, jobDemoNotice(job, t), ...rest].filter((part) => part !== '');
}

/**
 * How to get in touch. A station contact means going through the station: the resident registers interest
 * and staff follow up (the seed has no real employer to give a number for, issue #13).
 */
export function contactText(job: Job, t: TFunction): string {
  return job.contact.method === 'station' ? t('jobs.detail.contactStation', { action: t('jobs.detail.interested') }) : job.contact.value;
}
