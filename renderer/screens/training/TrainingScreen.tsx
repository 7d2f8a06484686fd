import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../shared/catalog/course.js';
import { useHostQuery } from '../../host/useHostQuery.js';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { Pager } from '../../ui/Pager.js';
import { ResultList } from '../../ui/ResultList.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { CatalogUpdatedAt } from '../../ui/CatalogUpdatedAt.js';
import { SearchBar } from '../../ui/SearchBar.js';
import { useFirstResultFocus } from '../../ui/useFirstResultFocus.js';
import { COURSES_PAGE_SIZE, initialCourseSearch, toCourseSearchInput, useCourseSearchState, type CourseSearchState } from './courseSearchState.js';
import { courseDemoNotice, courseSpokenParts, courseSummaryParts, localToday } from './describeCourse.js';

/** Courses: the same search, filter, paging and audio patterns as the jobs list (shared components). */
export function TrainingScreen() {
  const { t } = useTranslation();
  const { navigate, settings, speech } = useSession();
  const [search, keepSearch] = useCourseSearchState();
  // The host is asked with the text trimmed; a change of spaces alone still asks again, as any change of the
  // search always has (a new round asks again with the same input).
  const [round, setRound] = useState(0);
  const setSearch = (next: CourseSearchState): void => {
    if (next.text !== search.text) setRound((last) => last + 1);
    keepSearch(next);
  };
  // Paging is client-side: the page is not in the input, so only a new search asks the host again. Asked
  // afresh each time the list opens (places fill up), with the placeholder meanwhile.
  const query = useHostQuery('courses.search', toCourseSearchInput(search), 'screen', round);
  const courses: Course[] | 'loading' | 'failed' = query.status === 'ok' ? query.value.courses : query.status === 'loading' ? 'loading' : 'failed';
  const language = settings.language;
  const today = localToday();
  const firstResult = useFirstResultFocus();

  const total = Array.isArray(courses) ? courses.length : 0;
  const pages = Math.max(1, Math.ceil(total / COURSES_PAGE_SIZE));
  useEffect(() => {
    if (!Array.isArray(courses)) return;
    const first = courses[0];
    // Keypad initials narrow the list with each key: say the first match too (issue #12).
    const firstSaid = first !== undefined && (search.initials !== '' || firstResult.requested()) ? [t('jobs.firstResult', { title: first.title[language] })] : [];
    speech.say(total === 0 ? t('training.empty') : [t('training.resultCount', { total }), t('jobs.pageOf', { page: search.page + 1, pages }), ...firstSaid], { interrupt: false });
    firstResult.settle();
    // Only when new results are in, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- an announcement on arrival, not a sync
  }, [courses]);

  return (
    <>
      <ScreenHeading>{t('service.training.title')}</ScreenHeading>
      <p className="screen-purpose">{t('service.training.purpose')}</p>
      <SearchBar
        key={search.text}
        label={t('training.searchLabel')}
        initial={search.text}
        initialInitials={search.initials}
        onSearch={(request) => {
          firstResult.request(request.confirmed);
          setSearch({ ...search, text: request.text, initials: request.initials, page: 0 });
        }}
      >
        <Button onPress={() => navigate({ type: 'go', screen: 'course_filters' })}>{t('jobs.filtersButton')}</Button>
      </SearchBar>
      {courses === 'loading' && <p role="status">{t('service.loading')}</p>}
      {courses === 'failed' && <p role="alert">{t('errors.unavailable')}</p>}
      {Array.isArray(courses) && (
        <>
          <p role="status" data-nav-item>
            {total === 0 ? t('training.empty') : `${t('training.resultCount', { total })} ${t('jobs.pageOf', { page: search.page + 1, pages })}`}
          </p>
          {total === 0 && (
            <Button variant="primary" onPress={() => setSearch(initialCourseSearch)}>
              {t('jobs.clearFilters')}
            </Button>
          )}
          <ResultList
            firstNumber={search.page * COURSES_PAGE_SIZE + 1}
            onOpen={(courseId) => navigate({ type: 'go', screen: 'course_detail', courseId })}
            items={courses.slice(search.page * COURSES_PAGE_SIZE, (search.page + 1) * COURSES_PAGE_SIZE).map((course, index) => {
              const parts = courseSummaryParts(course, language, t, today);
              return {
                id: course.id,
                title: parts[0] ?? '',
                lines: [parts.slice(1, 4).join(' · '), parts.slice(4).join(' · ')],
                badge: courseDemoNotice(course, t),
                spoken: courseSpokenParts(course, language, t, today).join(t('a11y.separator')),
                position: t('training.itemPosition', { index: search.page * COURSES_PAGE_SIZE + index + 1, total }),
              };
            })}
          />
          <Pager page={search.page} pages={pages} onPage={(page) => setSearch({ ...search, page })} />
        </>
      )}
      <CatalogUpdatedAt kind="courses" />
    </>
  );
}
