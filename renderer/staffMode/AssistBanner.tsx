import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';
import { useStaffMode } from './staffModeContext.js';

/**
 * Shown on every resident screen while staff act on a resident's behalf: everything submitted now is
 * marked staff-assisted, and "hand back" gives the resident their own settings again (issue #8).
 */
export function AssistBanner() {
  const { t } = useTranslation();
  const { phase, handBack } = useStaffMode();
  if (phase !== 'assisting') return null;
  return (
    <section className="assist-banner" aria-label={t('staff.assist.label')} data-nav-scope data-testid="assist-banner">
      <p data-nav-item>{t('staff.assist.banner')}</p>
      <Button variant="primary" onPress={() => void handBack()}>
        {t('staff.assist.handBack')}
      </Button>
    </section>
  );
}
