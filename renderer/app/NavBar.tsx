import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';

type NavBarProps = {
  readonly onHome: () => void;
  readonly onBack: () => void;
  readonly onHelp: () => void;
  readonly onStaff: () => void;
  readonly onSwitchLanguage: () => void;
  /** The language the switch button offers, for its lang attribute. */
  readonly otherLanguage: string;
};

/** Home, Back and Help stay in the same place on every screen (WCAG 3.2.6, ACCESSIBILITY.md "Visual"). */
export function NavBar({ onHome, onBack, onHelp, onStaff, onSwitchLanguage, otherLanguage }: NavBarProps) {
  const { t } = useTranslation();
  return (
    <nav className="kiosk-nav" aria-label={t('nav.label')}>
      <div className="kiosk-nav-group">
        <Button onPress={onHome}>{t('nav.home')}</Button>
        {/* Back stays in place on the home screen too, so its position never moves; there it does nothing. */}
        <Button onPress={onBack}>{t('nav.back')}</Button>
        <Button onPress={onHelp}>{t('nav.help')}</Button>
      </div>
      <div className="kiosk-nav-group">
        <Button onPress={onSwitchLanguage} ariaLabel={t('nav.switchLanguageLabel')} lang={otherLanguage}>
          {t('nav.switchLanguage')}
        </Button>
        <Button onPress={onStaff}>{t('nav.staff')}</Button>
      </div>
    </nav>
  );
}
