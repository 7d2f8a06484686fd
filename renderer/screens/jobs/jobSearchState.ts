import type { DisabilityCategory } from '../../../shared/catalog/disability.js';
import type { JobCategory, WorkType } from '../../../shared/catalog/job.js';
import type { JobSearchInput } from '../../../shared/contract/jobSchemas.js';
import { defineVisitSlot, useVisitMemory } from '../../session/visitMemory.js';

export const JOBS_PAGE_SIZE = 5;

/** What the resident searched and filtered for; kept for the visit so Back returns to the same list. */
export type JobSearchState = {
  readonly text: string;
  /** Pinyin initials typed on the keypad ("25" for 保洁); searched instead of the text when not empty. */
  readonly initials: string;
  readonly category: JobCategory | null;
  readonly city: string | null;
  readonly districtCode: string | null;
  readonly workType: WorkType | null;
  readonly suitableFor: DisabilityCategory | null;
  readonly homeBased: boolean;
  readonly payFloorMonthlyYuan: number | null;
  readonly sort: JobSearchInput['sort'];
  readonly page: number;
};

export const initialJobSearch: JobSearchState = {
  text: '',
  initials: '',
  category: null,
  city: null,
  districtCode: null,
  workType: null,
  suitableFor: null,
  homeBased: false,
  payFloorMonthlyYuan: null,
  sort: 'newest',
  page: 0,
};

const jobSearchSlot = defineVisitSlot<JobSearchState>('jobs.search', initialJobSearch);

export function useJobSearchState(): [JobSearchState, (state: JobSearchState) => void] {
  return useVisitMemory(jobSearchSlot);
}

export function hasFilters(state: JobSearchState): boolean {
  return state.text !== '' || state.initials !== '' || state.category !== null || state.city !== null || state.districtCode !== null || state.workType !== null || state.suitableFor !== null || state.homeBased || state.payFloorMonthlyYuan !== null;
}

/** The channel input for a state. The city only narrows the district choices; the search filters by district. */
export function toSearchInput(state: JobSearchState): JobSearchInput {
  return {
    text: state.text.trim(),
    initials: state.initials,
    districtCode: state.districtCode,
    category: state.category,
    workType: state.workType,
    suitableFor: state.suitableFor,
    homeBased: state.homeBased ? true : null,
    payFloorMonthlyYuan: state.payFloorMonthlyYuan,
    sort: state.sort,
    page: state.page,
    pageSize: JOBS_PAGE_SIZE,
  };
}
