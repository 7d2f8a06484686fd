import { useTranslation } from 'react-i18next';
import { courseCategories, courseFormats } from '../../../shared/catalog/course.js';
import { useSession } from '../../session/sessionContext.js';
import { ChoiceGroup } from '../../forms/ChoiceGroup.js';
import { cityOfDistrict, DistrictChoice } from '../../forms/DistrictChoice.js';
import { FiltersPage } from '../../ui/FiltersPage.js';
import { defineVisitSlot, useVisitMemory } from '../../session/visitMemory.js';
import { useCourseSearchState } from './courseSearchState.js';

const ANY = 'any';

/**
 * The city chosen for the course search (it only narrows the district choices, so it is not in the search).
 * `undefined` until one is chosen this visit: the city of the search's district is shown meanwhile.
 */
const courseCitySlot = defineVisitSlot<string | null | undefined>('courses.city', undefined);

/** The next six months a session can start in, as YYYY-MM. */
function nextMonths(count: number): string[] {
  const now = new Date();
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(now.getFullYear(), now.getMonth() + i, 1);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** Course filters: category, place, how, month and "has places", each with "不限". */
export function CourseFiltersScreen() {
  const { t } = useTranslation();
  const { settings } = useSession();
  const [search, setSearch] = useCourseSearchState();
  const [chosenCity, setCity] = useVisitMemory(courseCitySlot);
  const city = chosenCity === undefined ? cityOfDistrict(search.districtCode) : chosenCity;
  const set = (changes: Partial<typeof search>): void => setSearch({ ...search, ...changes, page: 0 });
  return (
    <FiltersPage title={t('training.filtersTitle')}>
        <ChoiceGroup
          label={t('training.category')}
          choices={[{ value: ANY, label: t('jobs.any') }, ...courseCategories.map((c) => ({ value: c, label: t(`training.categories.${c}`) }))]}
          selected={search.category ?? ANY}
          onChoose={(value) => set({ category: courseCategories.find((c) => c === value) ?? null })}
        />
        <DistrictChoice
          language={settings.language}
          city={city}
          districtCode={search.districtCode}
          onChange={(nextCity, districtCode) => {
            setCity(nextCity);
            set({ districtCode });
          }}
        />
        <ChoiceGroup
          label={t('training.format')}
          choices={[{ value: ANY, label: t('jobs.any') }, ...courseFormats.map((f) => ({ value: f, label: t(`training.formats.${f}`) }))]}
          selected={search.format ?? ANY}
          onChoose={(value) => set({ format: courseFormats.find((f) => f === value) ?? null })}
        />
        <ChoiceGroup
          label={t('training.month')}
          choices={[
            { value: ANY, label: t('jobs.any') },
            ...nextMonths(6).map((month) => ({ value: month, label: t('training.monthValue', { year: month.slice(0, 4), month: Number(month.slice(5)) }) })),
          ]}
          selected={search.month ?? ANY}
          onChoose={(value) => set({ month: value === ANY ? null : value })}
        />
        <ChoiceGroup
          label={t('training.hasSeats')}
          choices={[
            { value: ANY, label: t('jobs.any') },
            { value: 'yes', label: t('training.hasSeatsOnly') },
          ]}
          selected={search.hasSeats ? 'yes' : ANY}
          onChoose={(value) => set({ hasSeats: value === 'yes' })}
        />
    </FiltersPage>
  );
}
