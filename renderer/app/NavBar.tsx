import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';
import { useSession } from '../session/sessionContext.js';

/** Home, Back and Help stay in the same place on every screen (WCAG 3.2.6, ACCESSIBILITY.md "Visual"). */
export function NavBar() {
  const { t } = useTranslation();
  const { navigate, settings, update } = useSession();
  const otherLanguage = settings.language === 'en' ? 'zh-CN' : 'en';
  return (
    <nav className="kiosk-nav" aria-label={t('nav.label')} data-nav-scope>
      <div className="kiosk-nav-group">
        <Button onPress={() => navigate({ type: 'home' })}>{t('nav.home')}</Button>
        {/* Back stays in place on the home screen too, so its position never moves; there it does nothing. */}
        <Button onPress={() => navigate({ type: 'back' })}>{t('nav.back')}</Button>
        <Button onPress={() => navigate({ type: 'go', screen: 'help' })}>{t('nav.help')}</Button>
      </div>
      <div className="kiosk-nav-group">
        <Button
          onPress={() => update({ type: 'set', changes: { language: otherLanguage } })}
          ariaLabel={t('nav.switchLanguageLabel')}
          lang={otherLanguage}
        >
          {t('nav.switchLanguage')}
        </Button>
        <Button onPress={() => navigate({ type: 'go', screen: 'staff' })}>{t('nav.staff')}</Button>
      </div>
    </nav>
  );
}
