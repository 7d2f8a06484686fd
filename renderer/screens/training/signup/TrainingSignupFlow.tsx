import { useTranslation } from 'react-i18next';
import type { Course, CourseSession } from '../../../../shared/catalog/course.js';
import { parseDisabilityCardNumber } from '../../../../shared/domain/disabilityCard.js';
import { fieldIdFor } from '../../../forms/FormField.js';
import { IdNumberStep } from '../../../forms/IdNumberStep.js';
import { NameStep } from '../../../forms/NameStep.js';
import { NumberStep } from '../../../forms/NumberStep.js';
import { PhoneStep } from '../../../forms/PhoneStep.js';
import { QuestionPage } from '../../../forms/QuestionPage.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';
import type { FlowDefinition, FlowReview } from '../../../flows/flowDefinition.js';
import { personalInput } from '../../../flows/personalInput.js';
import { personalReviewRows, subjectRow } from '../../../flows/personalReviewRows.js';
import { QuestionFlow } from '../../../flows/QuestionFlow.js';
import type { Route } from '../../../session/navigation.js';
import { useSession } from '../../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { defineVisitSlot, useVisitMemory } from '../../../session/visitMemory.js';
import { Button } from '../../../ui/Button.js';
import { LoadingPlaceholder } from '../../../ui/LoadingPlaceholder.js';
import { useCourse } from '../useCourse.js';
import { disabilityInWords } from './disabilityWords.js';
import { TrainingDoneStep, type SignupReceipt } from './TrainingDoneStep.js';

type SignupStep = 'waitlist' | 'idNumber' | 'name' | 'phone' | 'consent' | 'cardNumber';

// Per course session, for the visit: the 残疾人证 number given with consent, the waiting-list answer, the receipt.
const cardNumberSlot = defineVisitSlot<string | null>('training.card', null);
const waitlistSlot = defineVisitSlot('training.waitlist', false);
const receiptSlot = defineVisitSlot<SignupReceipt | null>('training.receipt', null);

/**
 * Training sign-up, one question per page (issue #5): [waitlist] → identity (card reader or pad) →
 * [name] → phone → 残疾人证 consent → [certificate digits] → review → done with receipt.
 * Answers already given this visit are offered again, never asked from scratch (WCAG 3.3.7).
 */
export function TrainingSignupFlow({ at }: { at: Extract<Route, { screen: 'training_signup' }> }) {
  const { t } = useTranslation();
  const course = useCourse(at.courseId);
  useAnnounceWhenLoaded(course !== 'loading');
  if (course === 'loading') return <LoadingPlaceholder />;
  const session = course === 'gone' ? undefined : course.sessions.find((candidate) => candidate.id === at.sessionId);
  if (course === 'gone' || session === undefined) return <p role="alert">{t('errors.training.sessionNotFound')}</p>;
  return <SignupFlow at={at} course={course} session={session} />;
}

function SignupFlow({ at, course, session }: { at: Extract<Route, { screen: 'training_signup' }>; course: Course; session: CourseSession }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const [answers] = useResidentAnswers();
  const [cardNumber, setCardNumber] = useVisitMemory(cardNumberSlot, session.id);
  const [acceptWaitlist, setAcceptWaitlist] = useVisitMemory(waitlistSlot, session.id);
  const language = settings.language;
  const today = new Date();

  const flow: FlowDefinition<SignupStep, 'training.signUp', SignupReceipt> = {
    steps: {
      waitlist: {
        next: 'idNumber',
        view: ({ context, done }) => (
          <QuestionPage context={context} question={t('signup.waitlist.question')} hint={t('signup.waitlist.hint')} errors={[]}>
            <div className="choice-buttons">
              <Button variant="primary" optionNumber={1} onPress={() => { setAcceptWaitlist(true); done(); }}>
                {t('signup.waitlist.accept')}
              </Button>
              <Button optionNumber={2} onPress={() => navigate({ type: 'back' })}>
                {t('signup.waitlist.decline')}
              </Button>
            </div>
          </QuestionPage>
        ),
      },
      idNumber: {
        view: ({ context, done }) => (
          <IdNumberStep
            context={context}
            question={t('signup.idNumber.question')}
            hint={t('signup.idNumber.hint')}
            onDone={() => done(answers.name === '' ? 'name' : 'phone')}
            // The card gives the name too, so the name question is skipped.
            onCardRead={() => done('phone')}
          />
        ),
      },
      name: { view: ({ context, done }) => <NameStep context={context} onDone={() => done()} />, next: 'phone' },
      phone: { view: ({ context, done }) => <PhoneStep context={context} onDone={() => done()} />, next: 'consent' },
      consent: {
        // 个人信息保护法 Arts. 28–30: separate consent, with purpose and necessity, before the certificate number.
        view: ({ context, branch }) => (
          <QuestionPage context={context} question={t('signup.consent.question')} hint={t('signup.consent.explain')} errors={[]}>
            <div className="choice-buttons">
              <Button variant="primary" optionNumber={1} onPress={() => branch('cardNumber')}>
                {t('signup.consent.agree')}
              </Button>
              <Button optionNumber={2} onPress={() => { setCardNumber(null); branch('review'); }}>
                {t('signup.consent.decline')}
              </Button>
            </div>
          </QuestionPage>
        ),
      },
      cardNumber: {
        next: 'review',
        view: ({ context, done }) => (
          <NumberStep
            context={context}
            question={t('signup.cardNumber.question')}
            hint={t('signup.cardNumber.hint')}
            initial={cardNumber ?? answers.idNumber}
            maxLength={20}
            allowX
            fieldId={fieldIdFor('disabilityCard')}
            check={(value) => {
              const card = parseDisabilityCardNumber(value, today, answers.idNumber);
              return card.ok ? undefined : { path: 'disabilityCard', messageKey: `errors.disabilityCard.${card.error.reason}` };
            }}
            onDone={(value) => {
              setCardNumber(value.toUpperCase());
              done();
            }}
          />
        ),
      },
    },
    review: signupReview(),
  };

  function signupReview(): FlowReview<SignupStep, 'training.signUp', SignupReceipt> {
    const words = { t, language, speakFullNumbers: settings.speakFullNumbers };
    const card = cardNumber === null ? undefined : parseDisabilityCardNumber(cardNumber, today, answers.idNumber);
    const cardWords = card?.ok === true ? disabilityInWords(card.value, t) : t('interest.review.notGiven');
    const when = `${session.startDate} ${session.schedule[language]}`;
    return {
      title: t('signup.review.title'),
      purpose: t('interest.review.purpose'),
      rows: [
        subjectRow('course', t('signup.review.course'), course.title[language]),
        subjectRow('session', t('signup.review.session'), when),
        ...personalReviewRows(answers, words, ['name', 'idNumber', 'phone']),
        { key: 'card', label: t('signup.review.card'), shown: cardWords, spoken: cardWords, change: 'consent' },
      ],
      submit: {
        channel: 'training.signUp',
        input: (visitId) => ({
          courseId: course.id,
          sessionId: session.id,
          visitId,
          ...personalInput(answers),
          disabilityCard: cardNumber === null ? null : { consent: true, number: cardNumber },
          acceptWaitlist,
        }),
        receipt: (output) => ({ reference: output.reference, status: output.status }),
      },
      receipt: { slot: receiptSlot, id: session.id },
      done: (receipt) => <TrainingDoneStep course={course} session={session} receipt={receipt} />,
    };
  }

  return <QuestionFlow flow={flow} at={at} context={t('signup.forCourse', { title: course.title[language] })} />;
}
