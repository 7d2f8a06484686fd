import { useTranslation } from 'react-i18next';
import type { ForwardingReport } from '../../../../shared/contract/staffSchemas.js';
import { describeReason, formatStaffTime } from '../staffText.js';
import { RejectedItemCard } from './RejectedItemCard.js';

/** Is everything reaching the central API? Depth, oldest waiting item, last delivery, last error, refused items. */
export function ForwardingPanel({ report, onChanged }: { report: ForwardingReport; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string | null): string => (iso === null ? t('staff.forwarding.never') : formatStaffTime(iso, i18n.language));
  const network = report.online === true ? t('status.online') : report.online === false ? t('staff.forwarding.offline') : t('staff.forwarding.unknown');
  const rows: [string, string, string][] = [
    ['network', t('staff.forwarding.network'), network],
    ['pending', t('staff.forwarding.pending'), t('staff.forwarding.items', { count: report.pending })],
    [
      'oldest',
      t('staff.forwarding.oldest'),
      report.oldestPending === null
        ? t('staff.forwarding.none')
        : t('staff.forwarding.oldestValue', {
            time: time(report.oldestPending.createdAt),
            kind: t(`staff.forwarding.itemKind.${report.oldestPending.itemKind}`),
          }),
    ],
    ['lastDelivered', t('staff.forwarding.lastDelivered'), time(report.lastDeliveredAt)],
    [
      'lastError',
      t('staff.forwarding.lastError'),
      report.lastError === null ? t('staff.forwarding.none') : t('staff.forwarding.errorWaiting', { reason: describeReason(report.lastError.reason, t), count: report.lastError.items }),
    ],
  ];
  return (
    <section aria-labelledby="forwarding-title" className="staff-section">
      <h2 id="forwarding-title" className="section-heading">{t('staff.forwarding.title')}</h2>
      {report.alert === 'unauthorized' && (
        <p className="staff-alert" role="alert" data-nav-item>{t('staff.forwarding.unauthorized')}</p>
      )}
      {report.alert === 'clock_skew' && report.clockOffsetMinutes !== null && (
        <p className="staff-alert" role="alert" data-nav-item data-testid="clock-alert">
          {t(report.clockOffsetMinutes >= 0 ? 'staff.forwarding.clockAhead' : 'staff.forwarding.clockBehind', { minutes: Math.abs(report.clockOffsetMinutes) })}
        </p>
      )}
      <dl className="detail-list">
        {rows.map(([key, label, value]) => (
          <div key={key} className="detail-row" data-nav-item data-testid={`forwarding-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="section-heading" data-nav-item>{t('staff.forwarding.rejectedTitle', { count: report.rejected })}</h3>
      {report.rejectedItems.length > 0 && (
        <ul className="rejected-list">
          {report.rejectedItems.map((item) => (
            <RejectedItemCard key={item.outboxId} item={item} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}
