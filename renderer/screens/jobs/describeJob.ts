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
