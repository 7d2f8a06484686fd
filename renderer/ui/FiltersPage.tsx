import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/sessionContext.js';
import { Button } from './Button.js';
import { ScreenHeading } from './ScreenHeading.js';

/** A filters screen: its choices in a grid, then "看结果" back to the list. Shared by jobs and training. */
export function FiltersPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { navigate } = useSession();
  return (
    <>
      <ScreenHeading>{title}</ScreenHeading>
      <p className="screen-purpose">{t('jobs.filtersPurpose')}</p>
      <div className="settings-grid">{children}</div>
      <div className="pager">
        <Button variant="primary" onPress={() => navigate({ type: 'back' })}>
          {t('jobs.showResults')}
        </Button>
      </div>
    </>
  );
}
