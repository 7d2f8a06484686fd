import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { playWarningTone } from '../../../a11y/idle/warningTone.js';
import { useSession } from '../../../session/sessionContext.js';
import { voiceOf } from '../../../session/residentSettings.js';
import { Button } from '../../../ui/Button.js';
import { formatStaffTime } from '../staffText.js';

/**
 * "Call staff" raised on a resident screen (issue #8): shown here until staff acknowledge it, and
 * heard as a short chime plus a spoken line whenever a new call arrives (0.6 s tone: EN 301 549 5.1.3.10).
 */
export function CallAlert({ pending, lastCalledAt, onAcknowledge }: { pending: number; lastCalledAt: string | null; onAcknowledge: () => void }) {
  const { t, i18n } = useTranslation();
  const { settings, speech } = useSession();
  const heard = useRef(0);
  useEffect(() => {
    const louder = pending > heard.current;
    heard.current = pending;
    if (!louder) return;
    playWarningTone(voiceOf(settings).volume);
    // Spoken even outside audio mode, so staff notice the call without looking. Queued after the
    // dashboard's own arrival announcement (made in the same commit), which would otherwise cut it off.
    setTimeout(() => speech.say(t('staff.calls.spoken'), { force: true, interrupt: false }), 0);
  }, [pending, settings, speech, t]);
  if (pending === 0) return null;
  return (
    <div className="staff-alert" role="alert" data-testid="call-alert">
      <p data-nav-item>
        {t('staff.calls.alert', { count: pending, time: lastCalledAt === null ? '' : formatStaffTime(lastCalledAt, i18n.language) })}
      </p>
      <Button variant="primary" onPress={onAcknowledge}>
        {t('staff.calls.acknowledge')}
      </Button>
    </div>
  );
}
