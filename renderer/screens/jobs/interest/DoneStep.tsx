import { useTranslation } from 'react-i18next';
import { spokenDigits } from '../../../../shared/domain/mask.js';
import { useSession } from '../../../session/sessionContext.js';
import { Button } from '../../../ui/Button.js';
import { ScreenHeading } from '../../../ui/ScreenHeading.js';

/** The confirmation: the short reference shown large and spoken digit by digit (issue #4). */
export function DoneStep({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const spokenReference = t('interest.done.reference', { reference: spokenDigits(reference, settings.language) });
  return (
    <>
      <ScreenHeading>{t('interest.done.title')}</ScreenHeading>
      <p className="screen-purpose">{t('interest.done.purpose')}</p>
      <p className="reference" data-announce={spokenReference} data-testid="reference" data-nav-item>
        {t('interest.done.reference', { reference })}
      </p>
      <p role="status" data-announce={t('interest.done.saved')} data-nav-item>
        {t('interest.done.saved')}
      </p>
      <p data-nav-item>{t('interest.done.next')}</p>
      <Button variant="primary" optionNumber={1} onPress={() => navigate({ type: 'go', screen: 'jobs' })}>
        {t('interest.done.backToJobs')}
      </Button>
    </>
  );
}
