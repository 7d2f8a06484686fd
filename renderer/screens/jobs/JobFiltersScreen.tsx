import { useTranslation } from 'react-i18next';
import { disabilityCategories } from '../../../shared/catalog/disability.js';
import { workTypes } from '../../../shared/catalog/job.js';
import { jobSorts } from '../../../shared/contract/jobSchemas.js';
import { useSession } from '../../session/sessionContext.js';
import { ChoiceGroup } from '../../forms/ChoiceGroup.js';
import { DistrictChoice } from '../../forms/DistrictChoice.js';
import { FiltersPage } from '../../ui/FiltersPage.js';
import { useJobSearchState } from './jobSearchState.js';

const ANY = 'any';
const payFloors = [2000, 3000, 4000] as const;

/** Filters, each a choice of large buttons; "不限" is always there so nothing has to be chosen. */
export function JobFiltersScreen() {
  const { t } = useTranslation();
  const { settings } = useSession();
  const language = settings.language;
  const [search, setSearch] = useJobSearchState();
  const set = (changes: Partial<typeof search>): void => setSearch({ ...search, ...changes, page: 0 });

  return (
    <FiltersPage title={t('jobs.filtersTitle')}>
        <DistrictChoice
          language={language}
          city={search.city}
          districtCode={search.districtCode}
          onChange={(city, districtCode) => set({ city, districtCode })}
        />
        <ChoiceGroup
          label={t('jobs.workType')}
          choices={[{ value: ANY, label: t('jobs.any') }, ...workTypes.map((type) => ({ value: type, label: t(`jobs.workTypes.${type}`) }))]}
          selected={search.workType ?? ANY}
          onChoose={(type) => set({ workType: type === ANY ? null : workTypes.find((w) => w === type) ?? null })}
        />
        <ChoiceGroup
          label={t('jobs.suitableFor')}
          choices={[{ value: ANY, label: t('jobs.any') }, ...disabilityCategories.map((c) => ({ value: c, label: t(`jobs.categories.${c}`) }))]}
          selected={search.suitableFor ?? ANY}
          onChoose={(c) => set({ suitableFor: c === ANY ? null : disabilityCategories.find((d) => d === c) ?? null })}
        />
        <ChoiceGroup
          label={t('jobs.homeBased')}
          choices={[
            { value: ANY, label: t('jobs.any') },
            { value: 'yes', label: t('jobs.homeBasedOnly') },
          ]}
          selected={search.homeBased ? 'yes' : ANY}
          onChoose={(value) => set({ homeBased: value === 'yes' })}
        />
        <ChoiceGroup
          label={t('jobs.payFloor')}
          choices={[{ value: ANY, label: t('jobs.any') }, ...payFloors.map((amount) => ({ value: String(amount), label: t('jobs.payAtLeast', { amount }) }))]}
          selected={search.payFloorMonthlyYuan === null ? ANY : String(search.payFloorMonthlyYuan)}
          onChoose={(value) => set({ payFloorMonthlyYuan: value === ANY ? null : Number(value) })}
        />
        <ChoiceGroup
          label={t('jobs.sort')}
          choices={jobSorts.map((sort) => ({ value: sort, label: t(`jobs.sorts.${sort}`) }))}
          selected={search.sort}
          onChoose={(sort) => set({ sort: jobSorts.find((s) => s === sort) ?? 'newest' })}
        />
    </FiltersPage>
  );
}
