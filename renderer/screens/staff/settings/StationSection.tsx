import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext.js';
import type { SectionProps } from './sectionProps.js';
import { StaffTextField } from './StaffTextField.js';
import { StationDistrictChoice } from './StationDistrictChoice.js';

/** The station itself: its name and phone (printed on receipts) and its district (for "nearest" jobs). */
export function StationSection({ form, change, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const { settings } = useSession();
  return (
    <section className="staff-section" aria-labelledby="settings-station">
      <h2 id="settings-station" className="section-heading">{t('staff.settings.stationSection')}</h2>
      <StaffTextField path="station.stationName" label={t('staff.settings.stationName')} hint={t('staff.settings.stationNameHint')} value={form.stationName} onChange={(stationName) => change({ stationName })} error={errorFor('station.stationName')} maxLength={60} />
      <StaffTextField path="station.stationPhone" label={t('staff.settings.stationPhone')} value={form.stationPhone} onChange={(stationPhone) => change({ stationPhone })} error={errorFor('station.stationPhone')} inputMode="tel" maxLength={20} />
      <StationDistrictChoice language={settings.language} districtCode={form.districtCode} onChange={(districtCode) => change({ districtCode })} error={errorFor('station.districtCode')} />
    </section>
  );
}
