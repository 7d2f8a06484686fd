import type { Course } from '../../../shared/catalog/course.js';
import { useHostQuery } from '../../host/useHostQuery.js';

/** A course from the host, kept for the visit so each sign-up question renders at once; 'gone' if withdrawn. */
export function useCourse(courseId: string): Course | 'loading' | 'gone' {
  const query = useHostQuery('courses.get', { id: courseId });
  if (query.status === 'loading') return 'loading';
  return query.status === 'ok' ? query.value.course : 'gone';
}
