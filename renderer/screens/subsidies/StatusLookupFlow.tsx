import { useTranslation } from 'react-i18next';
import { checkPhoneLast4 } from '../../../shared/forms/subsidyForms.js';
import { fieldIdFor } from '../../forms/FormField.js';
import { IdNumberStep } from '../../forms/IdNumberStep.js';
import { NumberStep } from '../../forms/NumberStep.js';
import { useResidentAnswers } from '../../forms/residentAnswers.js';
import type { FlowDefinition } from '../../flows/flowDefinition.js';
import { QuestionFlow } from '../../flows/QuestionFlow.js';
import type { Route } from '../../session/navigation.js';
import { defineVisitSlot, useVisitMemory } from '../../session/visitMemory.js';
import { StatusLookupResult } from './StatusLookupResult.js';

type LookupStep = 'idNumber' | 'phoneLast4' | 'result';

/**
 * The phone's last 4 digits, kept only for this lookup: they are not a phone number the other forms could
 * reuse, so they stay out of the resident's answers.
 */
const phoneLast4Slot = defineVisitSlot('subsidies.lookup.phoneLast4', '');

/**
 * Application status and 12333 progress (issue #7): the 身份证号 on the masked numeric pad, then the
 * phone's last 4 digits as a second factor, then the central API's answer — or a stored request.
 * No review: nothing is stored unless the resident asks for a call back on the result page.
 */
export function StatusLookupFlow({ at }: { at: Extract<Route, { screen: 'status_lookup' }> }) {
  const { t } = useTranslation();
  // The ID number is shared with the other forms of the visit, so it is never asked twice (WCAG 3.3.7).
  const [answers] = useResidentAnswers();
  const [phoneLast4, setPhoneLast4] = useVisitMemory(phoneLast4Slot);
  const flow: FlowDefinition<LookupStep> = {
    steps: {
      idNumber: {
        next: 'phoneLast4',
        view: ({ context, done }) => (
          <IdNumberStep context={context} question={t('subsidies.lookup.idQuestion')} hint={t('subsidies.lookup.idHint')} onDone={() => done()} />
        ),
      },
      phoneLast4: {
        next: 'result',
        view: ({ context, done }) => (
          <NumberStep
            context={context}
            question={t('subsidies.lookup.phoneQuestion')}
            hint={t('subsidies.lookup.phoneHint')}
            initial={answers.phone.slice(-4)}
            maxLength={4}
            fieldId={fieldIdFor('phoneLast4')}
            check={(value) => {
              const digits = checkPhoneLast4(value);
              return digits.ok ? undefined : digits.error;
            }}
            onDone={(digits) => {
              setPhoneLast4(digits);
              done();
            }}
          />
        ),
      },
      result: { view: () => <StatusLookupResult key={`${answers.idNumber}/${phoneLast4}`} idNumber={answers.idNumber} phoneLast4={phoneLast4} /> },
    },
  };
  return <QuestionFlow flow={flow} at={at} context={undefined} />;
}
