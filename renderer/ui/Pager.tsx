import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NEXT_PAGE_EVENT } from '../a11y/keypad/keypadCommands.js';
import { Button } from './Button.js';

/**
 * Previous/next page buttons, and the keypad's "right" key turning the page (issue #3 key map).
 * `page` counts from 0.
 */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const main = document.querySelector('main');
    const onNextPage = (event: Event): void => {
      if (page + 1 < pages) {
        event.preventDefault();
        onPage(page + 1);
      }
    };
    main?.addEventListener(NEXT_PAGE_EVENT, onNextPage);
    return () => main?.removeEventListener(NEXT_PAGE_EVENT, onNextPage);
  }, [page, pages, onPage]);
  if (pages <= 1) return null;
  return (
    <div className="pager">
      {page > 0 && <Button onPress={() => onPage(page - 1)}>{t('jobs.previousPage')}</Button>}
      {page + 1 < pages && (
        <Button variant="primary" onPress={() => onPage(page + 1)}>
          {t('jobs.nextPage')}
        </Button>
      )}
    </div>
  );
}
