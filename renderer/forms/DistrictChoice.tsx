import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { districts } from '../../shared/geo/districts.js';
import { ChoiceGroup } from './ChoiceGroup.js';

const ANY = 'any';
const cities = [...new Map(districts.map((d) => [d.city['zh-CN'], d.city])).values()];

/** Pick a city, then one of its districts; "不限" at both steps. Shared by the job and course filters. */
export function DistrictChoice({
  language,
  city,
  districtCode,
  onChange,
}: {
  language: UiLanguage;
  city: string | null;
  districtCode: string | null;
  onChange: (city: string | null, districtCode: string | null) => void;
}) {
  const { t } = useTranslation();
  const cityDistricts = districts.filter((d) => d.city['zh-CN'] === city);
  return (
    <>
      <ChoiceGroup
        label={t('jobs.city')}
        choices={[{ value: ANY, label: t('jobs.anyCity') }, ...cities.map((c) => ({ value: c['zh-CN'], label: c[language] }))]}
        selected={city ?? ANY}
        onChoose={(value) => onChange(value === ANY ? null : value, null)}
      />
      {city !== null && (
        <ChoiceGroup
          label={t('jobs.district')}
          choices={[{ value: ANY, label: t('jobs.anyDistrict') }, ...cityDistricts.map((d) => ({ value: d.code, label: d.name[language] }))]}
          selected={districtCode ?? ANY}
          onChoose={(code) => onChange(city, code === ANY ? null : code)}
        />
      )}
    </>
  );
}

export function cityOfDistrict(code: string | null): string | null {
  return districts.find((d) => d.code === code)?.city['zh-CN'] ?? null;
}
