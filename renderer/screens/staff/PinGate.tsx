import { useTranslation } from 'react-i18next';
import { useHostQuery } from '../../host/useHostQuery.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { PinEntryView } from './PinEntryView.js';
import { PinSetView } from './PinSetView.js';

/** Staff entry: the PIN pad, or on a new kiosk the forced first PIN (issue #8). */
export function PinGate() {
  const { t } = useTranslation();
  // Whether a PIN is set and any lock-out: asked each time the pad opens, never kept (a lock-out runs out).
  const query = useHostQuery('staff.status', {}, 'screen');
  useAnnounceWhenLoaded(query.status !== 'loading');
  if (query.status !== 'ok') {
    return (
      <>
        <ScreenHeading>{t('staff.title')}</ScreenHeading>
        <p className="screen-purpose">{t('staff.purpose')}</p>
        {query.status === 'loading' ? <div aria-busy="true" /> : <p role="alert" data-nav-item>{t('errors.unavailable')}</p>}
      </>
    );
  }
  return query.value.pinSet ? <PinEntryView lockedUntil={query.value.lockedUntil} /> : <PinSetView first />;
}
