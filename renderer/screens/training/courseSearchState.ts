import type { CourseCategory } from '../../../shared/catalog/course.js';
import type { CourseSearchInput } from '../../../shared/contract/trainingSchemas.js';
import { defineVisitSlot, useVisitMemory } from '../../session/visitMemory.js';

export const COURSES_PAGE_SIZE = 5;

/** The resident's course search, kept for the visit (like the job search) so Back returns to it. */
export type CourseSearchState = {
  readonly text: string;
  /** Pinyin initials typed on the keypad; searched instead of the text when not empty. */
  readonly initials: string;
  readonly category: CourseCategory | null;
  readonly districtCode: string | null;
  readonly format: CourseSearchInput['format'];
  readonly month: string | null;
  readonly hasSeats: boolean;
  readonly page: number;
};

export const initialCourseSearch: CourseSearchState = { text: '', initials: '', category: null, districtCode: null, format: null, month: null, hasSeats: false, page: 0 };

const courseSearchSlot = defineVisitSlot<CourseSearchState>('courses.search', initialCourseSearch);

export function useCourseSearchState(): [CourseSearchState, (state: CourseSearchState) => void] {
  return useVisitMemory(courseSearchSlot);
}

export function toCourseSearchInput(state: CourseSearchState): CourseSearchInput {
  return { text: state.text.trim(), initials: state.initials, category: state.category, districtCode: state.districtCode, format: state.format, month: state.month, hasSeats: state.hasSeats };
}
