import { useTranslation } from 'react-i18next';
import { ReferenceConfirmation } from '../../../flows/ReferenceConfirmation.js';
import { useSession } from '../../../session/sessionContext.js';
import { Button } from '../../../ui/Button.js';

/** The confirmation of a job registration: the reference, what happens next, and the way back to the jobs. */
export function DoneStep({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { navigate } = useSession();
  return (
    <ReferenceConfirmation
      title={t('interest.done.title')}
      purpose={t('interest.done.purpose')}
      reference={reference}
      referenceLine={(text) => t('interest.done.reference', { reference: text })}
    >
      <p data-nav-item>{t('interest.done.next')}</p>
      <Button variant="primary" optionNumber={1} onPress={() => navigate({ type: 'go', screen: 'jobs' })}>
        {t('interest.done.backToJobs')}
      </Button>
    </ReferenceConfirmation>
  );
}
