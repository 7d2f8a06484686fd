import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/catalog/job.js';
import { useHostQuery } from '../../host/useHostQuery.js';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { Pager } from '../../ui/Pager.js';
import { ResultList } from '../../ui/ResultList.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { CatalogUpdatedAt } from '../../ui/CatalogUpdatedAt.js';
import { SearchBar } from '../../ui/SearchBar.js';
import { useFirstResultFocus } from '../../ui/useFirstResultFocus.js';
import { jobDemoNotice, jobSpokenParts, jobSummaryParts } from './describeJob.js';
import { hasFilters, initialJobSearch, JOBS_PAGE_SIZE, toSearchInput, useJobSearchState, type JobSearchState } from './jobSearchState.js';

type Page = { total: number; jobs: Job[] } | 'loading' | 'failed';

/** Jobs list: search box, filters, and results paged for touch and for audio ("第3条，共25条"). */
export function JobsScreen() {
  const { t } = useTranslation();
  const { navigate, settings, speech } = useSession();
  const [search, keepSearch] = useJobSearchState();
  // Every search set here asks the host again, even with the same words: Confirm on initials already typed
  // reads the results out and moves to the first one (issue #12). A new round asks again with the same input.
  const [round, setRound] = useState(0);
  const setSearch = (next: JobSearchState): void => {
    if (next !== search) setRound((last) => last + 1);
    keepSearch(next);
  };
  // Results are asked afresh each time the list opens (listings change), with the placeholder meanwhile.
  const query = useHostQuery('jobs.search', toSearchInput(search), 'screen', round);
  const page: Page = query.status === 'ok' ? query.value : query.status === 'loading' ? 'loading' : 'failed';
  const language = settings.language;
  const firstResult = useFirstResultFocus();

  const pages = typeof page === 'object' ? Math.max(1, Math.ceil(page.total / JOBS_PAGE_SIZE)) : 1;

  // When results arrive, say how many and where we are, so a blind resident knows before moving.
  useEffect(() => {
    if (typeof page !== 'object') return;
    const first = page.jobs[0];
    // Keypad initials narrow the list with each key: say the first match too (issue #12).
    const firstSaid = first !== undefined && (search.initials !== '' || firstResult.requested()) ? [t('jobs.firstResult', { title: first.title[language] })] : [];
    // The kind of work chosen from "按工作类别找" is said first: it is why the list is what it is.
    const categorySaid = search.category === null ? [] : [t('jobs.categoryChosen', { category: t(`jobs.jobCategories.${search.category}`) })];
    speech.say(
      page.total === 0 ? [...categorySaid, t('jobs.empty')] : [...categorySaid, t('jobs.resultCount', { total: page.total }), t('jobs.pageOf', { page: search.page + 1, pages }), ...firstSaid],
      { interrupt: false },
    );
    firstResult.settle();
    // Only when a new page of results is in, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- an announcement on arrival, not a sync
  }, [page]);

  return (
    <>
      <ScreenHeading>{t('service.jobs.title')}</ScreenHeading>
      <p className="screen-purpose">{t('service.jobs.purpose')}</p>
      <SearchBar
        key={search.text}
        label={t('jobs.searchLabel')}
        initial={search.text}
        initialInitials={search.initials}
        onSearch={(request) => {
          firstResult.request(request.confirmed);
          setSearch({ ...search, text: request.text, initials: request.initials, page: 0 });
        }}
      >
        <Button onPress={() => navigate({ type: 'go', screen: 'job_filters' })}>{t('jobs.filtersButton')}</Button>
        <Button onPress={() => navigate({ type: 'go', screen: 'job_categories' })}>{t('jobs.byCategory')}</Button>
      </SearchBar>
      {search.category !== null && <p data-nav-item>{t('jobs.categoryChosen', { category: t(`jobs.jobCategories.${search.category}`) })}</p>}

      {page === 'loading' && <p role="status">{t('service.loading')}</p>}
      {page === 'failed' && <p role="alert">{t('errors.unavailable')}</p>}
      {typeof page === 'object' && (
        <>
          <p role="status" data-nav-item>
            {page.total === 0 ? t('jobs.empty') : `${t('jobs.resultCount', { total: page.total })} ${t('jobs.pageOf', { page: search.page + 1, pages })}`}
          </p>
          {page.total === 0 && hasFilters(search) && (
            <Button variant="primary" onPress={() => setSearch(initialJobSearch)}>
              {t('jobs.clearFilters')}
            </Button>
          )}
          <ResultList
            firstNumber={search.page * JOBS_PAGE_SIZE + 1}
            onOpen={(jobId) => navigate({ type: 'go', screen: 'job_detail', jobId })}
            items={page.jobs.map((job, index) => {
              const parts = jobSummaryParts(job, language, t);
              const [title = '', employer, district, pay, workType] = parts;
              return {
                id: job.id,
                title,
                lines: [`${employer ?? ''} · ${district ?? ''}`, `${pay ?? ''} · ${workType ?? ''}`],
                badge: jobDemoNotice(job, t),
                spoken: jobSpokenParts(job, language, t).join(t('a11y.separator')),
                position: t('jobs.itemPosition', { index: search.page * JOBS_PAGE_SIZE + index + 1, total: page.total }),
              };
            })}
          />
          <Pager page={search.page} pages={pages} onPage={(next) => setSearch({ ...search, page: next })} />
        </>
      )}
      <CatalogUpdatedAt kind="jobs" />
    </>
  );
}
