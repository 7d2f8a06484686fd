import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/catalog/job.js';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/mask.js';
import type { FieldError } from '../../../../shared/errors.js';
import { useSession } from '../../../session/sessionContext.js';
import { ErrorSummary } from '../../../forms/ErrorSummary.js';
import { ReviewList, type ReviewRow } from '../../../forms/ReviewList.js';
import { kioskApi } from '../../../kiosk.js';
import { Button } from '../../../ui/Button.js';
import { ScreenHeading } from '../../../ui/ScreenHeading.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';
import { spokenPersonalNumber } from '../../../forms/spokenNumbers.js';

export type InterestStep = 'name' | 'phone' | 'idNumber' | 'consent' | 'category' | 'review' | 'done';

/** Check your answers (GOV.UK), shown masked and read out masked, then submit. */
export function ReviewStep({ job, onChange, onSubmitted }: { job: Job; onChange: (step: InterestStep) => void; onSubmitted: (reference: string) => void }) {
  const { t } = useTranslation();
  const { settings, visitId } = useSession();
  const [answers] = useResidentAnswers();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const language = settings.language;
  const full = settings.speakFullNumbers;
  const notGiven = t('interest.review.notGiven');
  const rows: ReviewRow[] = [
    { key: 'job', label: t('interest.review.job'), shown: job.title[language], spoken: job.title[language] },
    { key: 'name', label: t('interest.review.name'), shown: answers.name, spoken: answers.name, change: 'name' },
    { key: 'phone', label: t('interest.review.phone'), shown: maskPhone(answers.phone), spoken: spokenPersonalNumber(answers.phone, language, full), change: 'phone' },
    {
      key: 'idNumber',
      label: t('interest.review.idNumber'),
      shown: answers.idNumber === '' ? notGiven : maskIdNumber(answers.idNumber),
      spoken: answers.idNumber === '' ? notGiven : spokenPersonalNumber(answers.idNumber, language, full),
      change: 'idNumber',
    },
    {
      key: 'disability',
      label: t('interest.review.disability'),
      shown: answers.disabilityCategory === null ? notGiven : t(`jobs.categories.${answers.disabilityCategory}`),
      spoken: answers.disabilityCategory === null ? notGiven : t(`jobs.categories.${answers.disabilityCategory}`),
      change: 'consent',
    },
  ];

  const submit = async (): Promise<void> => {
    setSending(true);
    const result = await kioskApi().invoke('jobs.registerInterest', {
      jobId: job.id,
      visitId: (await visitId()) ?? null,
      name: answers.name,
      phone: answers.phone,
      idNumber: answers.idNumber === '' ? null : answers.idNumber,
      disability: answers.disabilityConsent === true && answers.disabilityCategory !== null ? { consent: true, category: answers.disabilityCategory } : null,
    });
    setSending(false);
    if (result.ok) {
      onSubmitted(result.value.reference);
      return;
    }
    setErrors(result.error.fields.length > 0 ? result.error.fields : [{ path: '', messageKey: result.error.messageKey }]);
  };

  return (
    <>
      <ScreenHeading>{t('interest.review.title')}</ScreenHeading>
      <p className="screen-purpose">{t('interest.review.purpose')}</p>
      <ErrorSummary errors={errors} />
      <ReviewList rows={rows} onChange={(step) => onChange(step as InterestStep)} />
      <div className="pager">
        <Button variant="primary" onPress={() => void (sending ? undefined : submit())}>
          {t('interest.review.submit')}
        </Button>
      </div>
    </>
  );
}
