import { useTranslation } from 'react-i18next';
import { parseDisabilityCardNumber } from '../../../../shared/domain/disabilityCard.js';
import { useSession } from '../../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { useSessionMemory } from '../../../session/useSessionMemory.js';
import { QuestionPage } from '../../../forms/QuestionPage.js';
import { Button } from '../../../ui/Button.js';
import { NameStep } from '../../../forms/NameStep.js';
import { NumberStep } from '../../../forms/NumberStep.js';
import { PhoneStep } from '../../../forms/PhoneStep.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';
import { useCourse } from '../useCourse.js';
import { IdNumberStep } from '../../../forms/IdNumberStep.js';
import { TrainingDoneStep } from './TrainingDoneStep.js';
import { TrainingReviewStep, type SignupReceipt } from './TrainingReviewStep.js';
import { LoadingPlaceholder } from '../../../ui/LoadingPlaceholder.js';

const CHANGE = ':change';

/**
 * Training sign-up, one question per page (issue #5): [waitlist] → identity (card reader or pad) →
 * [name] → phone → 残疾人证 consent → [certificate digits] → review → done with receipt.
 * Answers already given this visit are offered again, never asked from scratch (WCAG 3.3.7).
 */
export function TrainingSignupFlow({ courseId, sessionId, step: routeStep }: { courseId: string; sessionId: string; step: string }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const course = useCourse(courseId);
  const [answers] = useResidentAnswers();
  const [cardNumber, setCardNumber] = useSessionMemory<string | null>(`training.${sessionId}.card`, null);
  const [acceptWaitlist, setAcceptWaitlist] = useSessionMemory(`training.${sessionId}.waitlist`, false);
  const [receipt, setReceipt] = useSessionMemory<SignupReceipt | null>(`training.${sessionId}.receipt`, null);
  useAnnounceWhenLoaded(course !== 'loading');
  const changing = routeStep.endsWith(CHANGE);
  const step = routeStep.replace(CHANGE, '');
  const go = (next: string): void => navigate({ type: 'go', screen: 'training_signup', courseId, sessionId, step: next });
  const forward = (next: string): void => go(changing ? 'review' : next);
  const today = new Date();

  if (course === 'loading') return <LoadingPlaceholder />;
  const session = course === 'gone' ? undefined : course.sessions.find((s) => s.id === sessionId);
  if (course === 'gone' || session === undefined) return <p role="alert">{t('errors.training.sessionNotFound')}</p>;
  const context = t('signup.forCourse', { title: course.title[settings.language] });

  switch (step) {
    case 'waitlist':
      return (
        <QuestionPage context={context} question={t('signup.waitlist.question')} hint={t('signup.waitlist.hint')} errors={[]}>
          <div className="choice-buttons">
            <Button variant="primary" optionNumber={1} onPress={() => { setAcceptWaitlist(true); go('idNumber'); }}>
              {t('signup.waitlist.accept')}
            </Button>
            <Button optionNumber={2} onPress={() => navigate({ type: 'back' })}>
              {t('signup.waitlist.decline')}
            </Button>
          </div>
        </QuestionPage>
      );
    case 'idNumber':
      return (
        <IdNumberStep
          context={context}
          question={t('signup.idNumber.question')}
          hint={t('signup.idNumber.hint')}
          onDone={() => forward(answers.name === '' ? 'name' : 'phone')}
          onCardRead={() => forward('phone')}
        />
      );
    case 'name':
      return <NameStep context={context} onDone={() => forward('phone')} />;
    case 'phone':
      return <PhoneStep context={context} onDone={() => forward('consent')} />;
    case 'consent':
      // 个人信息保护法 Arts. 28–30: separate consent, with purpose and necessity, before the certificate number.
      return (
        <QuestionPage context={context} question={t('signup.consent.question')} hint={t('signup.consent.explain')} errors={[]}>
          <div className="choice-buttons">
            <Button variant="primary" optionNumber={1} onPress={() => go('cardNumber')}>
              {t('signup.consent.agree')}
            </Button>
            <Button optionNumber={2} onPress={() => { setCardNumber(null); go('review'); }}>
              {t('signup.consent.decline')}
            </Button>
          </div>
        </QuestionPage>
      );
    case 'cardNumber':
      return (
        <NumberStep
          context={context}
          question={t('signup.cardNumber.question')}
          hint={t('signup.cardNumber.hint')}
          initial={cardNumber ?? answers.idNumber}
          maxLength={20}
          allowX
          check={(value) => {
            const card = parseDisabilityCardNumber(value, today, answers.idNumber);
            return card.ok ? undefined : { path: 'disabilityCard', messageKey: `errors.disabilityCard.${card.error.reason}` };
          }}
          onDone={(value) => {
            setCardNumber(value.toUpperCase());
            go('review');
          }}
        />
      );
    case 'review':
      return (
        <TrainingReviewStep
          course={course}
          session={session}
          cardNumber={cardNumber}
          acceptWaitlist={acceptWaitlist}
          onChange={(field) => go(`${field}${CHANGE}`)}
          onSubmitted={(newReceipt) => {
            setReceipt(newReceipt);
            // Replace the review, so Back from the receipt cannot submit the same sign-up again.
            navigate({ type: 'replace', route: { screen: 'training_signup', courseId, sessionId, step: 'done' } });
          }}
        />
      );
    default:
      return receipt === null ? <p role="alert">{t('errors.internal')}</p> : <TrainingDoneStep course={course} session={session} receipt={receipt} />;
  }
}
