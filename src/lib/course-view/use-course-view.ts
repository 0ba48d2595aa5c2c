import { createContext, useContext, useMemo } from 'react';
import type { CourseDriver, CourseView } from '../../course/view/course-view';
import { useSelector, type StateSource } from '../state/use-selector';

/** The page's one course driver (src/app/course-driver.ts creates it). */
export const CourseDriverContext = createContext<CourseDriver | null>(null);

export function useCourseDriver(): CourseDriver {
  const driver = useContext(CourseDriverContext);
  if (!driver) throw new Error('useCourseDriver: no <CourseDriverContext> above this component');
  return driver;
}

/**
 * Reads one thing from the course's view; the component renders again (in a transition,
 * see use-selector.ts) only when that thing changes. `select` must return a value that
 * stays the same (Object.is) while nothing it depends on changes: a primitive, or an
 * object taken from the view.
 */
export function useCourseView<T>(select: (view: CourseView) => T): T {
  const driver = useCourseDriver();
  const source = useMemo((): StateSource<CourseView> => ({ getSnapshot: driver.getView, subscribe: driver.subscribe }), [driver]);
  return useSelector(source, select);
}
