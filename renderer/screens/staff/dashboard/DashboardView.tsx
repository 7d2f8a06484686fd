import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { Button } from '../../../ui/Button.js';
import { ScreenHeading } from '../../../ui/ScreenHeading.js';
import { DailyCountsTables } from '../DailyCountsTables.js';
import { useStaffMode } from '../../../staffMode/staffModeContext.js';
import { useStaffApi } from '../useStaffApi.js';
import { CallAlert } from './CallAlert.js';
import { ForwardingPanel } from './ForwardingPanel.js';
import { RecordServicePanel } from './RecordServicePanel.js';
import { useDashboard } from './useDashboard.js';
import { translateMessage } from '../../../i18n/translateMessage.js';

/**
 * The staff dashboard (issue #8): residents calling, today's anonymous counts, and whether submissions
 * reach the central API, with the actions staff need: assist a resident, send now, refresh the catalog,
 * and record a 12333 service given outside any form.
 */
export function DashboardView() {
  const { t } = useTranslation();
  const { speech } = useSession();
  const { assist } = useStaffMode();
  const call = useStaffApi();
  const { data, reload } = useDashboard();
  const [message, setMessage] = useState('');
  const [working, setWorking] = useState(false);
  useAnnounceWhenLoaded(data !== undefined);

  const tell = (text: string): void => {
    setMessage(text);
    speech.say(text);
    reload();
  };
  const run = async (work: () => Promise<string>): Promise<void> => {
    if (working) return;
    setWorking(true);
    setMessage(t('staff.dashboard.working'));
    const text = await work();
    setWorking(false);
    tell(text);
  };
  const syncNow = (): Promise<void> =>
    run(async () => {
      const answer = await call('staff.syncNow', {});
      if (!answer.ok) return translateMessage(t, answer.error.messageKey);
      return t(`staff.dashboard.sync.${answer.value.stoppedBy}`, { delivered: answer.value.delivered, rejected: answer.value.rejected });
    });
  const refreshCatalog = (): Promise<void> =>
    run(async () => {
      const answer = await call('staff.refreshCatalog', {});
      if (!answer.ok) return translateMessage(t, answer.error.messageKey);
      return answer.value.results
        .map((result) => t('staff.dashboard.catalogResult', { kind: t(`staff.dashboard.catalogKind.${result.kind}`), outcome: t(`staff.dashboard.catalogOutcome.${result.outcome}`) }))
        .join(t('a11y.separator'));
    });
  const startAssist = (): Promise<void> =>
    run(async () => ((await assist()) ? t('staff.assist.started') : t('staff.assist.failed')));
  const acknowledge = async (): Promise<void> => {
    const answer = await call('staff.acknowledgeCalls', {});
    tell(answer.ok ? t('staff.calls.acknowledged') : translateMessage(t, answer.error.messageKey));
  };

  return (
    <>
      <ScreenHeading>{t('staff.dashboard.title')}</ScreenHeading>
      <p className="screen-purpose">{t('staff.dashboard.purpose')}</p>
      {data === undefined && <div aria-busy="true" />}
      {data === 'unavailable' && <p role="alert" data-nav-item>{t('errors.unavailable')}</p>}
      {data !== undefined && data !== 'unavailable' && (
        <>
          <CallAlert pending={data.calls.pending} lastCalledAt={data.calls.lastCalledAt} onAcknowledge={() => void acknowledge()} />
          <div className="detail-actions">
            <Button variant="primary" optionNumber={1} onPress={() => void startAssist()}>{t('staff.dashboard.assist')}</Button>
            <Button optionNumber={2} onPress={() => void syncNow()}>{t('staff.dashboard.syncNow')}</Button>
            <Button optionNumber={3} onPress={() => void refreshCatalog()}>{t('staff.dashboard.refreshCatalog')}</Button>
          </div>
          <p role="status" className="status-message" data-testid="staff-action-status">{message}</p>
          <section aria-labelledby="today-title" className="staff-section">
            <h2 id="today-title" className="section-heading">{t('staff.dashboard.today', { date: data.today.date })}</h2>
            <DailyCountsTables counts={data.today} />
          </section>
          <ForwardingPanel report={data.forwarding} onChanged={tell} />
          <RecordServicePanel onDone={tell} />
        </>
      )}
    </>
  );
}
