import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/catalog/job.js';
import { useSession } from '../../session/sessionContext.js';
import { kioskApi } from '../../kiosk.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { Button } from '../../ui/Button.js';
import { DetailList } from '../../ui/DetailList.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { contactText, districtText, jobDemoNotice, payText } from './describeJob.js';
import { DemoNotice } from '../../ui/DemoNotice.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';
import { useHostQuery } from '../../host/useHostQuery.js';

type Field = { readonly label: string; readonly value: string };

function jobFields(job: Job, language: 'zh-CN' | 'en', t: TFunction): Field[] {
  const access = [
    job.accessibility.stepFree ? t('jobs.detail.stepFree') : '',
    job.accessibility.accessibleToilet ? t('jobs.detail.accessibleToilet') : '',
    job.accessibility.signLanguage ? t('jobs.detail.signLanguage') : '',
    job.accessibility.notes?.[language] ?? '',
  ].filter((part) => part !== '');
  return [
    { label: t('jobs.detail.employer'), value: job.employer[language] },
    { label: t('jobs.detail.district'), value: districtText(job, language) },
    { label: t('jobs.detail.address'), value: job.address[language] },
    { label: t('jobs.detail.pay'), value: payText(job, t) },
    { label: t('jobs.detail.hours'), value: job.hours[language] },
    { label: t('jobs.detail.workType'), value: t(`jobs.workTypes.${job.workType}`) },
    { label: t('jobs.detail.suitableFor'), value: job.suitableFor.map((c) => t(`jobs.categories.${c}`)).join(t('common.listSeparator')) },
    { label: t('jobs.detail.accessibility'), value: access.length > 0 ? access.join(t('common.clauseSeparator')) : t('jobs.detail.noAccessibility') },
    { label: t('jobs.detail.description'), value: job.description[language] },
    { label: t('jobs.detail.requirements'), value: job.requirements[language] },
    {
      label: t('jobs.detail.contact'),
      value: contactText(job, t),
    },
    { label: '', value: t('jobs.detail.dates', { posted: job.postedAt, expires: job.expiresAt }) },
  ];
}

/** A listing in full, a "read all" action, and a clear "I'm interested" (issue #4). */
export function JobDetailScreen({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { navigate, settings, speech, visitId } = useSession();
  // A listing can be withdrawn mid-visit: asked afresh each time the page opens.
  const query = useHostQuery('jobs.get', { id: jobId }, 'screen');
  const job: Job | 'loading' | 'gone' = query.status === 'loading' ? 'loading' : query.status === 'ok' ? query.value.job : 'gone';
  const language = settings.language;

  useEffect(() => {
    void visitId().then((id) => {
      if (id !== undefined) void kioskApi().invoke('visit.count', { visitId: id, counter: 'jobs_viewed' });
    });
  }, [jobId, visitId]);

  useAnnounceWhenLoaded(job !== 'loading');
  if (job === 'loading') return <LoadingPlaceholder />;
  if (job === 'gone') {
    return (
      <>
        <ScreenHeading>{t('service.jobs.title')}</ScreenHeading>
        <p className="screen-purpose" role="alert">{t('errors.jobInterest.jobNotFound')}</p>
      </>
    );
  }
  const fields = jobFields(job, language, t);
  const readAll = (): void =>
    speech.say(
      [job.title[language], jobDemoNotice(job, t), ...fields.map((field) => (field.label === '' ? field.value : t('common.labelValue', { label: field.label, value: field.value })))].filter((part) => part !== ''),
      { force: true },
    );

  return (
    <>
      <ScreenHeading>{job.title[language]}</ScreenHeading>
      <p className="screen-purpose">{`${job.employer[language]} · ${payText(job, t)}`}</p>
      <DemoNotice text={jobDemoNotice(job, t)} />
      <div className="detail-actions">
        <Button variant="primary" optionNumber={1} onPress={() => navigate({ type: 'go', screen: 'job_interest', jobId: job.id, step: 'name' })}>
          {t('jobs.detail.interested')}
        </Button>
        <Button optionNumber={2} onPress={readAll}>
          {t('jobs.detail.readAll')}
        </Button>
      </div>
      <DetailList fields={fields} />
    </>
  );
}
