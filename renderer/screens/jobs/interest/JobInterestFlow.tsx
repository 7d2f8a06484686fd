import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/catalog/job.js';
import { IdNumberStep } from '../../../forms/IdNumberStep.js';
import { NameStep } from '../../../forms/NameStep.js';
import { PhoneStep } from '../../../forms/PhoneStep.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';
import type { FlowDefinition, FlowReview } from '../../../flows/flowDefinition.js';
import { personalInput } from '../../../flows/personalInput.js';
import { personalReviewRows, subjectRow } from '../../../flows/personalReviewRows.js';
import { QuestionFlow } from '../../../flows/QuestionFlow.js';
import { translateMessage } from '../../../i18n/translateMessage.js';
import { useHostQuery } from '../../../host/useHostQuery.js';
import type { Route } from '../../../session/navigation.js';
import { useSession } from '../../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { defineVisitSlot } from '../../../session/visitMemory.js';
import { LoadingPlaceholder } from '../../../ui/LoadingPlaceholder.js';
import { CategoryStep, ConsentStep } from './DisabilitySteps.js';
import { DoneStep } from './DoneStep.js';

type InterestStep = 'name' | 'phone' | 'idNumber' | 'consent' | 'category';

/** The reference of each job's registration, kept for the visit so the confirmation can show it again. */
const interestReference = defineVisitSlot<string | null>('jobs.interest.reference', null);

/**
 * Register interest, one question per page: name → phone → ID (optional) → disability consent →
 * category (only with consent) → review → done.
 */
export function JobInterestFlow({ at }: { at: Extract<Route, { screen: 'job_interest' }> }) {
  const { t } = useTranslation();
  const { settings } = useSession();
  const [answers, setAnswers] = useResidentAnswers();
  // The same visit-long answer the job's page used, so each question and the review render at once.
  const query = useHostQuery('jobs.get', { id: at.jobId });
  const job = query.status === 'ok' ? query.value.job : undefined;
  useAnnounceWhenLoaded(job !== undefined || at.step !== 'review');

  const language = settings.language;
  const context = job === undefined ? undefined : t('interest.forJob', { title: job.title[language] });
  const flow: FlowDefinition<InterestStep, 'jobs.registerInterest', string> = {
    steps: {
      name: { view: ({ context: line, done }) => <NameStep context={line} onDone={() => done()} />, next: 'phone' },
      phone: { view: ({ context: line, done }) => <PhoneStep context={line} onDone={() => done()} />, next: 'idNumber' },
      idNumber: {
        next: 'consent',
        view: ({ context: line, done }) => (
          <IdNumberStep
            context={line}
            question={t('interest.idNumber.question')}
            hint={t('interest.idNumber.hint')}
            onDone={() => done()}
            skip={{
              label: t('interest.idNumber.skip'),
              onSkip: () => {
                setAnswers({ ...answers, idNumber: '', idSkipped: true });
                done();
              },
            }}
          />
        ),
      },
      consent: { view: ({ context: line, branch }) => <ConsentStep context={line} onAgree={() => branch('category')} onDecline={() => branch('review')} /> },
      category: { view: ({ context: line, done }) => <CategoryStep context={line} onDone={() => done()} />, next: 'review' },
    },
    ...(job === undefined ? {} : { review: interestReview(job) }),
  };

  function interestReview(subject: Job): FlowReview<InterestStep, 'jobs.registerInterest', string> {
    const words = { t, language, speakFullNumbers: settings.speakFullNumbers };
    const notGiven = t('interest.review.notGiven');
    const disability = answers.disabilityCategory === null ? notGiven : t(`jobs.categories.${answers.disabilityCategory}`);
    return {
      title: t('interest.review.title'),
      purpose: t('interest.review.purpose'),
      rows: [
        subjectRow('job', t('interest.review.job'), subject.title[language]),
        ...personalReviewRows(answers, words, ['name', 'phone', 'idNumber']),
        { key: 'disability', label: t('interest.review.disability'), shown: disability, spoken: disability, change: 'consent' },
      ],
      submit: {
        channel: 'jobs.registerInterest',
        input: (visitId) => ({
          jobId: subject.id,
          visitId,
          ...personalInput(answers),
          // The ID number is optional here: skipped is null, not an empty string.
          idNumber: answers.idNumber === '' ? null : answers.idNumber,
          disability: answers.disabilityConsent === true && answers.disabilityCategory !== null ? { consent: true, category: answers.disabilityCategory } : null,
        }),
        receipt: (output) => output.reference,
      },
      receipt: { slot: interestReference, id: subject.id },
      done: (reference) => <DoneStep reference={reference} />,
    };
  }

  if (job === undefined && (at.step === 'review' || at.step === 'done')) {
    return query.status === 'failed' ? <p role="alert">{translateMessage(t, query.error.messageKey, query.error.params)}</p> : <LoadingPlaceholder />;
  }
  return <QuestionFlow flow={flow} at={at} context={context} />;
}
