import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';
import { useStaffMode, type StaffView } from './staffModeContext.js';
import { translateMessage } from '../i18n/translateMessage.js';

const views: readonly { view: StaffView; label: string }[] = [
  { view: 'dashboard', label: 'staff.nav.dashboard' },
  { view: 'settings', label: 'staff.nav.settings' },
  { view: 'report', label: 'staff.nav.report' },
];

/**
 * In staff mode this bar takes the resident nav bar's place, in the same spot on every staff view
 * (WCAG 3.2.6): the views, and the way out, which always starts a fresh resident visit.
 */
export function StaffNavBar() {
  const { t } = useTranslation();
  const { view, show, exit } = useStaffMode();
  return (
    <nav className="kiosk-nav" aria-label={t('staff.nav.label')} data-nav-scope>
      <div className="kiosk-nav-group">
        {views.map((entry) => (
          <button
            key={entry.view}
            type="button"
            className={`button${entry.view === view ? ' button-primary' : ''}`}
            aria-current={entry.view === view ? 'page' : undefined}
            onClick={() => show(entry.view)}
          >
            {translateMessage(t, entry.label)}
          </button>
        ))}
      </div>
      <div className="kiosk-nav-group">
        <Button onPress={() => void exit()}>{t('staff.nav.exit')}</Button>
      </div>
    </nav>
  );
}
