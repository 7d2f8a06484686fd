import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

/** Help, reachable from the same place on every screen (WCAG 3.2.6), with "call staff". */
export function HelpScreen() {
  const { t } = useTranslation();
  const { callStaff, speech } = useSession();
  const [called, setCalled] = useState<'no' | 'yes' | 'failed'>('no');
  const onCall = async (): Promise<void> => {
    const reached = await callStaff();
    setCalled(reached ? 'yes' : 'failed');
    speech.say(t(reached ? 'help.staffCalled' : 'help.callFailed'));
  };
  return (
    <>
      <ScreenHeading>{t('help.title')}</ScreenHeading>
      <p className="screen-purpose">{t('help.purpose')}</p>
      <div className="prose">
        <p data-nav-item>{t('help.touch')}</p>
        <p data-nav-item>{t('help.home')}</p>
        <p data-nav-item>{t('help.back')}</p>
        <p data-nav-item>{t('help.keypad')}</p>
        <p data-nav-item>{t('help.staff')}</p>
      </div>
      <Button variant="primary" optionNumber={1} onPress={() => void onCall()}>
        {t('help.callStaff')}
      </Button>
      {/* Status messages reach assistive technology without moving focus (WCAG 4.1.3) and are also spoken. */}
      <p role="status" className="status-message">
        {called === 'yes' ? t('help.staffCalled') : called === 'failed' ? t('help.callFailed') : ''}
      </p>
    </>
  );
}
