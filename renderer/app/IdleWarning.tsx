import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';

/**
 * The idle warning (WCAG 2.2.1, 2.2.6): says what will be lost and how long is left. Any key or touch
 * extends; the button is there so the one action is obvious. Focus moves in and comes back afterwards.
 */
export function IdleWarning({ secondsLeft, onExtend }: { secondsLeft: number; onExtend: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    button.current?.querySelector('button')?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-message">
        <h2 id="idle-title" className="dialog-title">{t('idle.title')}</h2>
        <p id="idle-message">
          {t('idle.message', { seconds: secondsLeft })} {t('idle.action')}
        </p>
        <div ref={button}>
          <Button variant="primary" onPress={onExtend}>
            {t('idle.extend')}
          </Button>
        </div>
      </div>
    </div>
  );
}
