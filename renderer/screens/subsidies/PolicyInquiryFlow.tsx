import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskIdNumber, maskPhone, spokenDigits } from '../../../shared/domain/mask.js';
import type { FieldError } from '../../../shared/errors.js';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { useSessionMemory } from '../../session/useSessionMemory.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { NameStep } from '../../forms/NameStep.js';
import { IdNumberStep } from '../../forms/IdNumberStep.js';
import { PhoneStep } from '../../forms/PhoneStep.js';
import { useResidentAnswers } from '../../forms/residentAnswers.js';
import { ReviewList } from '../../forms/ReviewList.js';
import { spokenPersonalNumber } from '../../forms/spokenNumbers.js';
import { kioskApi } from '../../kiosk.js';
import { Button } from '../../ui/Button.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { usePolicies } from './usePolicies.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';

type InquiryStep = 'idNumber' | 'name' | 'phone' | 'review' | 'done';
const CHANGE_SUFFIX = ':change';

/**
 * "请驿站给我回电话" about one policy (issue #7): ID → name → phone → review → done. Stored and
 * forwarded like any submission, and counted as a 12333 policy contact.
 */
export function PolicyInquiryFlow({ policyId, step: routeStep }: { policyId: string; step: string }) {
  const { t } = useTranslation();
  const { navigate, settings, visitId } = useSession();
  const policies = usePolicies();
  const [answers] = useResidentAnswers();
  const [reference, setReference] = useSessionMemory(`subsidies.inquiry.${policyId}.reference`, '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const changing = routeStep.endsWith(CHANGE_SUFFIX);
  const step = routeStep.replace(CHANGE_SUFFIX, '') as InquiryStep;
  const policy = policies?.find((candidate) => candidate.id === policyId);
  useAnnounceWhenLoaded(policies !== undefined);
  if (policies === undefined) return <LoadingPlaceholder />;
  if (policy === undefined) return <p role="alert">{t('errors.subsidies.policyNotFound')}</p>;

  const language = settings.language;
  const context = t('subsidies.inquiry.forPolicy', { title: policy.title[language] });
  const go = (next: InquiryStep | `${InquiryStep}${typeof CHANGE_SUFFIX}`): void => navigate({ type: 'go', screen: 'policy_inquiry', policyId, step: next });
  const forward = (next: InquiryStep): void => go(changing ? 'review' : next);
  const submit = async (): Promise<void> => {
    const result = await kioskApi().invoke('subsidies.inquire', {
      policyId,
      visitId: (await visitId()) ?? null,
      name: answers.name,
      phone: answers.phone,
      idNumber: answers.idNumber,
    });
    if (!result.ok) {
      setErrors(result.error.fields.length > 0 ? result.error.fields : [{ path: '', messageKey: result.error.messageKey }]);
      return;
    }
    setReference(result.value.reference);
    // Replaces the review, so Back from the confirmation cannot send the same request again.
    navigate({ type: 'replace', route: { screen: 'policy_inquiry', policyId, step: 'done' } });
  };

  switch (step) {
    case 'idNumber':
      return (
        <IdNumberStep
          context={context}
          question={t('subsidies.lookup.idQuestion')}
          hint={t('subsidies.inquiry.idHint')}
          onDone={() => forward('name')}
        />
      );
    case 'name':
      return <NameStep context={context} onDone={() => forward('phone')} />;
    case 'phone':
      return <PhoneStep context={context} onDone={() => forward('review')} />;
    case 'review': {
      const full = settings.speakFullNumbers;
      return (
        <>
          <ScreenHeading>{t('subsidies.inquiry.reviewTitle')}</ScreenHeading>
          <p className="screen-purpose">{t('subsidies.inquiry.reviewPurpose')}</p>
          <ErrorSummary errors={errors} />
          <ReviewList
            rows={[
              { key: 'policy', label: t('subsidies.inquiry.policy'), shown: policy.title[language], spoken: policy.title[language] },
              { key: 'idNumber', label: t('interest.review.idNumber'), shown: maskIdNumber(answers.idNumber), spoken: spokenPersonalNumber(answers.idNumber, language, full), change: 'idNumber' },
              { key: 'name', label: t('interest.review.name'), shown: answers.name, spoken: answers.name, change: 'name' },
              { key: 'phone', label: t('interest.review.phone'), shown: maskPhone(answers.phone), spoken: spokenPersonalNumber(answers.phone, language, full), change: 'phone' },
            ]}
            onChange={(field) => go(`${field as InquiryStep}${CHANGE_SUFFIX}`)}
          />
          <div className="pager">
            <Button variant="primary" onPress={() => void submit()}>
              {t('interest.review.submit')}
            </Button>
          </div>
        </>
      );
    }
    case 'done':
      return (
        <>
          <ScreenHeading>{t('subsidies.inquiry.doneTitle')}</ScreenHeading>
          <p className="screen-purpose">{t('subsidies.inquiry.donePurpose')}</p>
          <p className="reference" data-testid="reference" data-announce={t('interest.done.reference', { reference: spokenDigits(reference, language) })} data-nav-item>
            {t('interest.done.reference', { reference })}
          </p>
          <p role="status" data-announce={t('interest.done.saved')} data-nav-item>
            {t('interest.done.saved')}
          </p>
          <Button variant="primary" optionNumber={1} onPress={() => navigate({ type: 'go', screen: 'policy_list' })}>
            {t('subsidies.inquiry.backToPolicies')}
          </Button>
        </>
      );
  }
}
