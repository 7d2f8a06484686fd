import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { kioskApi } from '../../kiosk.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { PinEntryView } from './PinEntryView.js';
import { PinSetView } from './PinSetView.js';

type Status = { readonly pinSet: boolean; readonly lockedUntil: string | null };

/** Staff entry: the PIN pad, or on a new kiosk the forced first PIN (issue #8). */
export function PinGate() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | 'unavailable' | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void kioskApi()
      .invoke('staff.status', {})
      .then((answer) => {
        if (active) setStatus(answer.ok ? answer.value : 'unavailable');
      });
    return () => {
      active = false;
    };
  }, []);
  useAnnounceWhenLoaded(status !== undefined);
  if (status === undefined || status === 'unavailable') {
    return (
      <>
        <ScreenHeading>{t('staff.title')}</ScreenHeading>
        <p className="screen-purpose">{t('staff.purpose')}</p>
        {status === undefined ? <div aria-busy="true" /> : <p role="alert" data-nav-item>{t('errors.unavailable')}</p>}
      </>
    );
  }
  return status.pinSet ? <PinEntryView lockedUntil={status.lockedUntil} /> : <PinSetView first />;
}
