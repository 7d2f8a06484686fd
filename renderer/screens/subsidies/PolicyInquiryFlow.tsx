import { useTranslation } from 'react-i18next';
import type { Policy } from '../../../shared/catalog/policy.js';
import { IdNumberStep } from '../../forms/IdNumberStep.js';
import { NameStep } from '../../forms/NameStep.js';
import { PhoneStep } from '../../forms/PhoneStep.js';
import { useResidentAnswers } from '../../forms/residentAnswers.js';
import type { FlowDefinition } from '../../flows/flowDefinition.js';
import { personalInput } from '../../flows/personalInput.js';
import { personalReviewRows, subjectRow } from '../../flows/personalReviewRows.js';
import { QuestionFlow } from '../../flows/QuestionFlow.js';
import { ReferenceConfirmation } from '../../flows/ReferenceConfirmation.js';
import type { Route } from '../../session/navigation.js';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { defineVisitSlot } from '../../session/visitMemory.js';
import { Button } from '../../ui/Button.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';
import { usePolicies } from './usePolicies.js';

type InquiryStep = 'idNumber' | 'name' | 'phone';

/** Each policy's call-back reference, kept for the visit. */
const inquiryReference = defineVisitSlot<string | null>('subsidies.inquiry.reference', null);

/**
 * "请驿站给我回电话" about one policy (issue #7): ID → name → phone → review → done. Stored and
 * forwarded like any submission, and counted as a 12333 policy contact.
 */
export function PolicyInquiryFlow({ at }: { at: Extract<Route, { screen: 'policy_inquiry' }> }) {
  const { t } = useTranslation();
  const policies = usePolicies();
  const policy = policies?.find((candidate) => candidate.id === at.policyId);
  useAnnounceWhenLoaded(policies !== undefined);
  if (policies === undefined) return <LoadingPlaceholder />;
  if (policy === undefined) return <p role="alert">{t('errors.subsidies.policyNotFound')}</p>;
  return <InquiryFlow at={at} policy={policy} />;
}

function InquiryFlow({ at, policy }: { at: Extract<Route, { screen: 'policy_inquiry' }>; policy: Policy }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const [answers] = useResidentAnswers();
  const language = settings.language;
  const words = { t, language, speakFullNumbers: settings.speakFullNumbers };
  const flow: FlowDefinition<InquiryStep, 'subsidies.inquire', string> = {
    steps: {
      idNumber: {
        next: 'name',
        view: ({ context, done }) => (
          <IdNumberStep context={context} question={t('subsidies.lookup.idQuestion')} hint={t('subsidies.inquiry.idHint')} onDone={() => done()} />
        ),
      },
      name: { view: ({ context, done }) => <NameStep context={context} onDone={() => done()} />, next: 'phone' },
      phone: { view: ({ context, done }) => <PhoneStep context={context} onDone={() => done()} />, next: 'review' },
    },
    review: {
      title: t('subsidies.inquiry.reviewTitle'),
      purpose: t('subsidies.inquiry.reviewPurpose'),
      rows: [subjectRow('policy', t('subsidies.inquiry.policy'), policy.title[language]), ...personalReviewRows(answers, words, ['idNumber', 'name', 'phone'])],
      submit: {
        channel: 'subsidies.inquire',
        input: (visitId) => ({ policyId: policy.id, visitId, ...personalInput(answers) }),
        receipt: (output) => output.reference,
      },
      receipt: { slot: inquiryReference, id: policy.id },
      done: (reference) => (
        <ReferenceConfirmation
          title={t('subsidies.inquiry.doneTitle')}
          purpose={t('subsidies.inquiry.donePurpose')}
          reference={reference}
          referenceLine={(text) => t('interest.done.reference', { reference: text })}
        >
          <Button variant="primary" optionNumber={1} onPress={() => navigate({ type: 'go', screen: 'policy_list' })}>
            {t('subsidies.inquiry.backToPolicies')}
          </Button>
        </ReferenceConfirmation>
      ),
    },
  };
  return <QuestionFlow flow={flow} at={at} context={t('subsidies.inquiry.forPolicy', { title: policy.title[language] })} />;
}
