import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';

/**
 * Audio-only privacy mode (ACCESSIBILITY.md, "Privacy"): the screen goes dark so nobody can read over
 * the resident's shoulder. Everything underneath still works by keypad; this one button is the way back.
 */
export function PrivacyScreen({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="privacy-screen" data-testid="privacy-screen">
      <p className="visually-hidden">{t('privacy.blanked')}</p>
      <Button className="privacy-exit" onPress={onShow}>
        {t('privacy.showScreen')}
      </Button>
    </div>
  );
}
