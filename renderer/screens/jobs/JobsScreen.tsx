import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/catalog/job.js';
import { useSession } from '../../app/sessionContext.js';
import { NEXT_PAGE_EVENT } from '../../a11y/keypad/keypadCommands.js';
import { kioskApi } from '../../kiosk.js';
import { Button } from '../../ui/Button.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { jobSummaryParts } from './describeJob.js';
import { hasFilters, initialJobSearch, JOBS_PAGE_SIZE, toSearchInput, useJobSearchState } from './jobSearchState.js';

type Page = { total: number; jobs: Job[] } | 'loading' | 'failed';

/** Jobs list: search box, filters, and results paged for touch and for audio ("第3条，共25条"). */
export function JobsScreen() {
  const { t } = useTranslation();
  const { navigate, settings, speech } = useSession();
  const [search, setSearch] = useJobSearchState();
  const [draft, setDraft] = useState(search.text);
  const [page, setPage] = useState<Page>('loading');
  const language = settings.language;

  useEffect(() => {
    let active = true;
    setPage('loading');
    void kioskApi()
      .invoke('jobs.search', toSearchInput(search))
      .then((result) => {
        if (!active) return;
        setPage(result.ok ? { total: result.value.total, jobs: result.value.jobs } : 'failed');
      });
    return () => {
      active = false;
    };
  }, [search]);

  const pages = typeof page === 'object' ? Math.max(1, Math.ceil(page.total / JOBS_PAGE_SIZE)) : 1;
  const goToPage = (next: number): void => setSearch({ ...search, page: next });

  // The keypad's "right" key turns the page (ADA 707.6 convention; issue #3).
  useEffect(() => {
    const main = document.querySelector('main');
    const onNextPage = (event: Event): void => {
      if (search.page + 1 < pages) {
        event.preventDefault();
        goToPage(search.page + 1);
      }
    };
    main?.addEventListener(NEXT_PAGE_EVENT, onNextPage);
    return () => main?.removeEventListener(NEXT_PAGE_EVENT, onNextPage);
  });

  // When results arrive, say how many and where we are, so a blind resident knows before moving.
  useEffect(() => {
    if (typeof page !== 'object') return;
    speech.say(
      page.total === 0 ? t('jobs.empty') : [t('jobs.resultCount', { total: page.total }), t('jobs.pageOf', { page: search.page + 1, pages })],
      { interrupt: false },
    );
    // Only when a new page of results is in, not on every render.
  }, [page]);

  return (
    <>
      <ScreenHeading>{t('service.jobs.title')}</ScreenHeading>
      <p className="screen-purpose">{t('service.jobs.purpose')}</p>
      <form
        className="search-row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch({ ...search, text: draft, page: 0 });
        }}
      >
        <label htmlFor="job-search-text" className="field-label">
          {t('jobs.searchLabel')}
        </label>
        <div className="search-controls">
          <input id="job-search-text" className="text-input" type="search" maxLength={50} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit" className="button button-primary">
            {t('jobs.searchButton')}
          </button>
          <Button onPress={() => navigate({ type: 'go', screen: 'job_filters' })}>{t('jobs.filtersButton')}</Button>
        </div>
      </form>

      {page === 'loading' && <p role="status">{t('service.loading')}</p>}
      {page === 'failed' && <p role="alert">{t('errors.unavailable')}</p>}
      {typeof page === 'object' && (
        <>
          <p role="status" data-nav-item>
            {page.total === 0 ? t('jobs.empty') : `${t('jobs.resultCount', { total: page.total })} ${t('jobs.pageOf', { page: search.page + 1, pages })}`}
          </p>
          {page.total === 0 && hasFilters(search) && (
            <Button variant="primary" onPress={() => { setDraft(''); setSearch(initialJobSearch); }}>
              {t('jobs.clearFilters')}
            </Button>
          )}
          <ol className="result-list" start={search.page * JOBS_PAGE_SIZE + 1}>
            {page.jobs.map((job, index) => {
              const position = search.page * JOBS_PAGE_SIZE + index + 1;
              const [title, employer, district, pay, workType] = jobSummaryParts(job, language, t);
              return (
                <li key={job.id}>
                  <button
                    type="button"
                    className="button result-item"
                    data-option-number={index + 1}
                    aria-label={[title, employer, district, pay, workType].join(t('a11y.separator'))}
                    data-spoken-position={t('jobs.itemPosition', { index: position, total: page.total })}
                    onClick={() => navigate({ type: 'go', screen: 'job_detail', jobId: job.id })}
                  >
                    <span className="result-number" aria-hidden="true">{index + 1}</span>
                    <span className="result-text">
                      <span className="result-title">{title}</span>
                      <span>{employer} · {district}</span>
                      <span>{pay} · {workType}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          {pages > 1 && (
            <div className="pager">
              {search.page > 0 && <Button onPress={() => goToPage(search.page - 1)}>{t('jobs.previousPage')}</Button>}
              {search.page + 1 < pages && <Button variant="primary" onPress={() => goToPage(search.page + 1)}>{t('jobs.nextPage')}</Button>}
            </div>
          )}
        </>
      )}
    </>
  );
}
