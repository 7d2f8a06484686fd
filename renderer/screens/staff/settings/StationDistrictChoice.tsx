import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/catalog/localizedText.js';
import { districts } from '../../../../shared/geo/districts.js';
import { ChoiceGroup } from '../../../forms/ChoiceGroup.js';

const cities = [...new Map(districts.map((d) => [d.city['zh-CN'], d.city])).values()];

/** Where the station is (used to sort "nearest" jobs): a city, then one of its districts, both chosen, never typed. */
export function StationDistrictChoice({ language, districtCode, onChange, error }: { language: UiLanguage; districtCode: string; onChange: (code: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const [city, setCity] = useState(districts.find((d) => d.code === districtCode)?.city['zh-CN'] ?? cities[0]?.['zh-CN'] ?? '');
  return (
    <>
      <ChoiceGroup
        label={t('staff.settings.city')}
        choices={cities.map((c) => ({ value: c['zh-CN'], label: c[language] }))}
        selected={city}
        onChoose={setCity}
      />
      <ChoiceGroup
        label={t('staff.settings.district')}
        choices={districts.filter((d) => d.city['zh-CN'] === city).map((d) => ({ value: d.code, label: d.name[language] }))}
        selected={districtCode}
        onChoose={onChange}
        path="station.districtCode"
        {...(error === undefined ? {} : { error })}
      />
    </>
  );
}
