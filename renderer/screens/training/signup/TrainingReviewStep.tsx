import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course, CourseSession } from '../../../../shared/catalog/course.js';
import { parseDisabilityCardNumber } from '../../../../shared/domain/disabilityCard.js';
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
import { disabilityInWords } from './disabilityWords.js';

export type SignupReceipt = { reference: string; status: 'signed_up' | 'waitlisted' };

/** Check your answers before signing up; numbers are shown and read out masked. */
export function TrainingReviewStep({
  course,
  session,
  cardNumber,
  acceptWaitlist,
  onChange,
  onSubmitted,
}: {
  course: Course;
  session: CourseSession;
  cardNumber: string | null;
  acceptWaitlist: boolean;
  onChange: (step: string) => void;
  onSubmitted: (receipt: SignupReceipt) => void;
}) {
  const { t } = useTranslation();
  const { settings, visitId } = useSession();
  const [answers] = useResidentAnswers();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const language = settings.language;
  const full = settings.speakFullNumbers;
  const card = cardNumber === null ? undefined : parseDisabilityCardNumber(cardNumber, new Date(), answers.idNumber);
  const cardWords = card?.ok === true ? disabilityInWords(card.value, t) : t('interest.review.notGiven');
  const rows: ReviewRow[] = [
    { key: 'course', label: t('signup.review.course'), shown: course.title[language], spoken: course.title[language] },
    { key: 'session', label: t('signup.review.session'), shown: `${session.startDate} ${session.schedule[language]}`, spoken: `${session.startDate} ${session.schedule[language]}` },
    { key: 'name', label: t('interest.review.name'), shown: answers.name, spoken: answers.name, change: 'name' },
    { key: 'idNumber', label: t('interest.review.idNumber'), shown: maskIdNumber(answers.idNumber), spoken: spokenPersonalNumber(answers.idNumber, language, full), change: 'idNumber' },
    { key: 'phone', label: t('interest.review.phone'), shown: maskPhone(answers.phone), spoken: spokenPersonalNumber(answers.phone, language, full), change: 'phone' },
    { key: 'card', label: t('signup.review.card'), shown: cardWords, spoken: cardWords, change: 'consent' },
  ];
  const submit = async (): Promise<void> => {
    const result = await kioskApi().invoke('training.signUp', {
      courseId: course.id,
      sessionId: session.id,
      visitId: (await visitId()) ?? null,
      idNumber: answers.idNumber,
      phone: answers.phone,
      name: answers.name,
      disabilityCard: cardNumber === null ? null : { consent: true, number: cardNumber },
      acceptWaitlist,
    });
    if (result.ok) onSubmitted({ reference: result.value.reference, status: result.value.status });
    else setErrors(result.error.fields.length > 0 ? result.error.fields : [{ path: '', messageKey: result.error.messageKey }]);
  };
  return (
    <>
      <ScreenHeading>{t('signup.review.title')}</ScreenHeading>
      <p className="screen-purpose">{t('interest.review.purpose')}</p>
      <ErrorSummary errors={errors} />
      <ReviewList rows={rows} onChange={onChange} />
      <div className="pager">
        <Button variant="primary" onPress={() => void submit()}>
          {t('interest.review.submit')}
        </Button>
      </div>
    </>
  );
}
