import { useTranslation } from 'react-i18next';
import { jobCategories } from '../../../shared/catalog/job.js';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useJobSearchState } from './jobSearchState.js';

/**
 * "按工作类别找" (issue #12): the kinds of work in the catalog as a numbered menu, so a resident reaches
 * job results with no text at all, by one digit key or by touch.
 */
export function JobCategoriesScreen() {
  const { t } = useTranslation();
  const { navigate } = useSession();
  const [search, setSearch] = useJobSearchState();
  const choose = (category: (typeof jobCategories)[number] | null): void => {
    setSearch({ ...search, category, text: '', initials: '', page: 0 });
    navigate({ type: 'back' });
  };
  return (
    <>
      <ScreenHeading>{t('jobs.categoryTitle')}</ScreenHeading>
      <p className="screen-purpose">{t('jobs.categoryPurpose')}</p>
      <ol className="result-list">
        {jobCategories.slice(0, 9).map((category, index) => (
          <li key={category}>
            <Button className="result-item" optionNumber={index + 1} onPress={() => choose(category)}>
              {index + 1} {t(`jobs.jobCategories.${category}`)}
            </Button>
          </li>
        ))}
        {jobCategories.slice(9).map((category) => (
          <li key={category}>
            <Button className="result-item" onPress={() => choose(category)}>
              {t(`jobs.jobCategories.${category}`)}
            </Button>
          </li>
        ))}
      </ol>
      <Button optionNumber={0} onPress={() => choose(null)}>
        0 {t('jobs.allCategories')}
      </Button>
    </>
  );
}
