import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

export function HelpScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('help.title')}</ScreenHeading>
      <div className="prose">
        <p className="screen-purpose">{t('help.purpose')}</p>
        <p>{t('help.touch')}</p>
        <p>{t('help.home')}</p>
        <p>{t('help.back')}</p>
        <p>{t('help.staff')}</p>
      </div>
    </>
  );
}
