import { useEffect } from 'react';
import type { Course } from '../../../shared/catalog/course.js';
import { useSessionMemory } from '../../app/useSessionMemory.js';
import { kioskApi } from '../../kiosk.js';

/** A course from the host, kept for the visit so each sign-up question renders at once; 'gone' if withdrawn. */
export function useCourse(courseId: string): Course | 'loading' | 'gone' {
  const [course, setCourse] = useSessionMemory<Course | 'loading' | 'gone'>(`courses.course.${courseId}`, 'loading');
  useEffect(() => {
    if (course !== 'loading') return undefined;
    let active = true;
    void kioskApi()
      .invoke('courses.get', { id: courseId })
      .then((result) => {
        if (active) setCourse(result.ok ? result.value.course : 'gone');
      });
    return () => {
      active = false;
    };
  }, [courseId, course, setCourse]);
  return course;
}
