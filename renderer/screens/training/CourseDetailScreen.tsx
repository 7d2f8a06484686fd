import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../shared/catalog/course.js';
import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { kioskApi } from '../../kiosk.js';
import { Button } from '../../ui/Button.js';
import { DetailList } from '../../ui/DetailList.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { costText, courseDemoNotice, localToday, placeText, seatsLeft, upcomingSessions } from './describeCourse.js';
import { DemoNotice } from '../../ui/DemoNotice.js';
import { useCourse } from './useCourse.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';

type Field = { readonly label: string; readonly value: string };

function courseFields(course: Course, language: UiLanguage, t: TFunction): Field[] {
  const access = [
    course.venueAccessibility.stepFree ? t('jobs.detail.stepFree') : '',
    course.venueAccessibility.accessibleToilet ? t('jobs.detail.accessibleToilet') : '',
    course.venueAccessibility.signLanguage ? t('jobs.detail.signLanguage') : '',
    course.venueAccessibility.notes?.[language] ?? '',
  ].filter((part) => part !== '');
  return [
    { label: t('training.detail.provider'), value: course.provider[language] },
    { label: t('training.detail.venue'), value: t('common.parenthetical', { text: course.venue[language], note: placeText(course, language) }) },
    { label: t('training.detail.format'), value: t(`training.formats.${course.format}`) },
    { label: t('training.detail.accessibility'), value: access.length > 0 ? access.join(t('common.clauseSeparator')) : t('jobs.detail.noAccessibility') },
    { label: t('training.detail.suits'), value: course.suits[language] },
    {
      label: t('training.detail.age'),
      value: course.maxAge === null ? t('training.detail.ageMin', { min: course.minAge }) : t('training.detail.ageRange', { min: course.minAge, max: course.maxAge }),
    },
    { label: t('training.detail.cost'), value: costText(course, t) },
    { label: t('training.detail.certificate'), value: course.certificate?.[language] ?? '—' },
    ...(course.subsidyPolicyId === null ? [] : [{ label: t('training.detail.subsidy'), value: t('training.detail.skillSubsidy') }]),
    { label: t('training.detail.whatToBring'), value: course.whatToBring[language] },
    { label: t('training.detail.about'), value: course.description[language] },
  ];
}

/** A course in full, its upcoming classes with places left and how fresh that count is, and "read all". */
export function CourseDetailScreen({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation();
  const { navigate, settings, speech, visitId } = useSession();
  const course = useCourse(courseId);
  const language = settings.language;
  useAnnounceWhenLoaded(course !== 'loading');
  useEffect(() => {
    void visitId().then((id) => {
      if (id !== undefined) void kioskApi().invoke('visit.count', { visitId: id, counter: 'courses_viewed' });
    });
  }, [courseId, visitId]);

  if (course === 'loading') return <LoadingPlaceholder />;
  if (course === 'gone') {
    return (
      <>
        <ScreenHeading>{t('service.training.title')}</ScreenHeading>
        <p className="screen-purpose" role="alert">{t('errors.training.courseNotFound')}</p>
      </>
    );
  }
  const fields = courseFields(course, language, t);
  const sessions = upcomingSessions(course, localToday());
  const freshest = sessions.map((s) => s.seatsUpdatedAt).sort().at(0);
  const readAll = (): void => speech.say([course.title[language], courseDemoNotice(course, t), ...fields.map((f) => t('common.labelValue', { label: f.label, value: f.value }))].filter((part) => part !== ''), { force: true });
  return (
    <>
      <ScreenHeading>{course.title[language]}</ScreenHeading>
      <p className="screen-purpose">{`${course.provider[language]} · ${costText(course, t)}`}</p>
      <DemoNotice text={courseDemoNotice(course, t)} />
      <h2 className="section-heading">{t('training.detail.sessions')}</h2>
      {/* The central API has the final word on places, so the count says how old it is (issue #5). */}
      {freshest !== undefined && (
        <p data-nav-item>{t('training.detail.seatsUpdatedAt', { time: new Date(freshest).toLocaleString(i18n.language) })}</p>
      )}
      <div className="session-list">
        {sessions.map((session, index) => {
          const left = seatsLeft(session);
          return (
            <Button
              key={session.id}
              variant={left > 0 ? 'primary' : 'secondary'}
              optionNumber={index + 1}
              onPress={() => navigate({ type: 'go', screen: 'training_signup', courseId: course.id, sessionId: session.id, step: left > 0 ? 'idNumber' : 'waitlist' })}
            >
              {t('common.parenthetical', {
                text: t('training.detail.choose', { start: session.startDate, schedule: session.schedule[language] }),
                note: left > 0 ? t('training.detail.seatsLeft', { count: left }) : t('training.detail.full'),
              })}
            </Button>
          );
        })}
      </div>
      <div className="detail-actions">
        <Button onPress={readAll}>{t('training.detail.readAll')}</Button>
      </div>
      <DetailList fields={fields} />
    </>
  );
}
