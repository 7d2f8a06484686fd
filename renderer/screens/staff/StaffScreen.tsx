import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

/** Staff entry point. PIN sign-in, the dashboard and settings are issue #8. */
export function StaffScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('staff.title')}</ScreenHeading>
      <div className="prose">
        <p className="screen-purpose">{t('staff.purpose')}</p>
        <p data-nav-item>{t('staff.notYet')}</p>
      </div>
    </>
  );
}
