import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/catalog/job.js';
import { useSession } from '../../../session/sessionContext.js';
import { useSessionMemory } from '../../../session/useSessionMemory.js';
import { kioskApi } from '../../../kiosk.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { CategoryStep, ConsentStep } from './DisabilitySteps.js';
import { DoneStep } from './DoneStep.js';
import { NameStep } from '../../../forms/NameStep.js';
import { IdNumberStep } from '../../../forms/IdNumberStep.js';
import { PhoneStep } from '../../../forms/PhoneStep.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';
import { ReviewStep, type InterestStep } from './ReviewStep.js';
import { LoadingPlaceholder } from '../../../ui/LoadingPlaceholder.js';

const CHANGE_SUFFIX = ':change';

/**
 * Register interest, one question per page: name → phone → ID (optional) → disability consent →
 * category (only with consent) → review → done. A step opened from the review ("change") returns there.
 */
export function JobInterestFlow({ jobId, step: routeStep }: { jobId: string; step: string }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const [answers, setAnswers] = useResidentAnswers();
  // Kept for the visit, so each question and the review render at once without asking the host again.
  const [job, setJob] = useSessionMemory<Job | undefined>(`jobs.job.${jobId}`, undefined);
  const [reference, setReference] = useSessionMemory<string>(`jobs.interest.${jobId}.reference`, '');
  const changing = routeStep.endsWith(CHANGE_SUFFIX);
  const step = routeStep.replace(CHANGE_SUFFIX, '') as InterestStep;

  useAnnounceWhenLoaded(job !== undefined || step !== 'review');
  useEffect(() => {
    if (job !== undefined) return undefined;
    let active = true;
    void kioskApi()
      .invoke('jobs.get', { id: jobId })
      .then((result) => {
        if (active && result.ok) setJob(result.value.job);
      });
    return () => {
      active = false;
    };
  }, [jobId, job, setJob]);

  const go = (next: InterestStep): void => navigate({ type: 'go', screen: 'job_interest', jobId, step: next });
  const forward = (next: InterestStep): void => go(changing ? 'review' : next);
  const context = job === undefined ? undefined : t('interest.forJob', { title: job.title[settings.language] });
  switch (step) {
    case 'name':
      return <NameStep context={context} onDone={() => forward('phone')} />;
    case 'phone':
      return <PhoneStep context={context} onDone={() => forward('idNumber')} />;
    case 'idNumber':
      return (
        <IdNumberStep
          context={context}
          question={t('interest.idNumber.question')}
          hint={t('interest.idNumber.hint')}
          onDone={() => forward('consent')}
          skip={{
            label: t('interest.idNumber.skip'),
            onSkip: () => {
              setAnswers({ ...answers, idNumber: '', idSkipped: true });
              forward('consent');
            },
          }}
        />
      );
    case 'consent':
      return <ConsentStep context={context} onAgree={() => go(changing ? `category${CHANGE_SUFFIX}` as InterestStep : 'category')} onDecline={() => go('review')} />;
    case 'category':
      return <CategoryStep context={context} onDone={() => go('review')} />;
    case 'review':
      return job === undefined ? <LoadingPlaceholder /> : (
        <ReviewStep
          job={job}
          onChange={(field) => go(`${field}${CHANGE_SUFFIX}` as InterestStep)}
          onSubmitted={(newReference) => {
            setReference(newReference);
            // Replace the review, so Back from the confirmation cannot submit the same answers again.
            navigate({ type: 'replace', route: { screen: 'job_interest', jobId, step: 'done' } });
          }}
        />
      );
    case 'done':
      return <DoneStep reference={reference} />;
  }
}
