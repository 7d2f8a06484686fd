import { useTranslation } from 'react-i18next';
import { checkPhoneLast4 } from '../../../shared/forms/subsidyForms.js';
import { useSession } from '../../session/sessionContext.js';
import { NumberStep } from '../../forms/NumberStep.js';
import { IdNumberStep } from '../../forms/IdNumberStep.js';
import { useResidentAnswers } from '../../forms/residentAnswers.js';
import { StatusLookupResult } from './StatusLookupResult.js';

type LookupStep = 'idNumber' | 'phoneLast4' | 'result';

/**
 * Application status and 12333 progress (issue #7): the 身份证号 on the masked numeric pad, then the
 * phone's last 4 digits as a second factor, then the central API's answer — or a stored request.
 */
export function StatusLookupFlow({ step }: { step: string }) {
  const { t } = useTranslation();
  const { navigate } = useSession();
  // The ID number is shared with the other forms of the visit, so it is never asked twice (WCAG 3.3.7).
  const [answers] = useResidentAnswers();
  const go = (next: LookupStep): void => navigate({ type: 'go', screen: 'status_lookup', step: next });
  switch (step as LookupStep) {
    case 'idNumber':
      return <IdNumberStep context={undefined} question={t('subsidies.lookup.idQuestion')} hint={t('subsidies.lookup.idHint')} onDone={() => go('phoneLast4')} />;
    case 'phoneLast4':
      return (
        <NumberStep
          context={undefined}
          question={t('subsidies.lookup.phoneQuestion')}
          hint={t('subsidies.lookup.phoneHint')}
          initial={answers.phone.slice(-4)}
          maxLength={4}
          check={(value) => {
            const digits = checkPhoneLast4(value);
            return digits.ok ? undefined : digits.error;
          }}
          onDone={(phoneLast4) => {
            // The 4 digits travel in the route only: they are not a phone number the other forms could reuse.
            navigate({ type: 'go', screen: 'status_lookup', step: `result:${phoneLast4}` });
          }}
        />
      );
    default:
      return <StatusLookupResult key={step} idNumber={answers.idNumber} phoneLast4={step.replace(/^result:/, '')} />;
  }
}
