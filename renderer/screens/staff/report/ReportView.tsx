import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findDistrict } from '../../../../shared/geo/districts.js';
import { localIsoDate } from '../../../../shared/domain/localDate.js';
import { useSession } from '../../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { useHeldAnswer } from '../../../host/useHeldAnswer.js';
import { kioskApi } from '../../../kiosk.js';
import { Button } from '../../../ui/Button.js';
import { ScreenHeading } from '../../../ui/ScreenHeading.js';
import { DailyCountsTables } from '../DailyCountsTables.js';
import { formatStaffTime } from '../staffText.js';
import { useStaffApi } from '../useStaffApi.js';
import { useStaffQuery } from '../useStaffQuery.js';
import { shiftDate } from './reportDates.js';

/**
 * The daily station status report for the 统计台账 (issue #8): counts only, printable (or saved as PDF
 * from the print page). Station settings name the station; no resident data is on it.
 */
export function ReportView() {
  const { t, i18n } = useTranslation();
  const { speech, settings } = useSession();
  const call = useStaffApi();
  const today = localIsoDate(new Date());
  const [date, setDate] = useState(today);
  // Another day's report replaces the one shown when it comes; the placeholder is only for the first.
  const query = useHeldAnswer(useStaffQuery('staff.report', { date }));
  const report = query.status === 'loading' ? undefined : query.status === 'ok' ? query.value : 'unavailable';
  useAnnounceWhenLoaded(report !== undefined);

  const print = async (): Promise<void> => {
    void call('staff.recordAction', { action: 'report_printed' });
    const printed = await kioskApi().invoke('receipt.print', {});
    // No silent printer (browser shell): the print page, which can also save a PDF.
    if (!printed.ok || !printed.value.printed) window.print();
    else speech.say(t('staff.report.printed'));
  };
  const district = report === undefined || report === 'unavailable' ? undefined : findDistrict(report.station.districtCode);
  return (
    <>
      <ScreenHeading>{t('staff.report.title')}</ScreenHeading>
      <p className="screen-purpose">{t('staff.report.purpose')}</p>
      <div className="detail-actions">
        <Button variant="primary" optionNumber={1} onPress={() => void print()}>{t('staff.report.print')}</Button>
        <Button optionNumber={2} onPress={() => setDate(shiftDate(date, -1))}>{t('staff.report.previousDay')}</Button>
        {date < today && <Button optionNumber={3} onPress={() => setDate(shiftDate(date, 1))}>{t('staff.report.nextDay')}</Button>}
      </div>
      {report === undefined && <div aria-busy="true" />}
      {report === 'unavailable' && <p role="alert" data-nav-item>{t('errors.unavailable')}</p>}
      {report !== undefined && report !== 'unavailable' && (
        <section className="staff-report" aria-labelledby="report-title" data-testid="staff-report">
          <h2 id="report-title" className="section-heading" data-nav-item>
            {t('staff.report.heading', { date: report.counts.date })}
          </h2>
          <dl className="detail-list">
            {[
              ['station', t('staff.report.station'), report.station.name === '' ? t('staff.report.unnamed') : report.station.name],
              ['stationId', t('staff.report.stationId'), report.station.stationId ?? t('staff.report.noStationId')],
              ['district', t('staff.report.district'), district === undefined ? report.station.districtCode : `${district.city[settings.language]} ${district.name[settings.language]}`],
              ['generated', t('staff.report.generatedAt'), formatStaffTime(report.generatedAt, i18n.language)],
            ].map(([key, label, value]) => (
              <div key={key} className="detail-row" data-nav-item>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <DailyCountsTables counts={report.counts} />
          <p className="report-footnote" data-nav-item>{t('staff.report.footnote')}</p>
        </section>
      )}
    </>
  );
}
