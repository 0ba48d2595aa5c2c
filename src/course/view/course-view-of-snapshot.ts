import type { CourseSnapshot } from '../machines/course-machine';
import type { CourseScreenKind, CourseView } from './course-view';

// 'complete' first: the complete state also carries the 'menu' tag.
const screenOf = (s: CourseSnapshot): CourseScreenKind => {
  if (s.hasTag('complete')) return 'complete';
  if (s.hasTag('busy')) return 'busy';
  if (s.hasTag('module')) return 'module';
  if (s.hasTag('assessment')) return 'assessment';
  return 'menu';
};

/** The screens' view of a course machine snapshot. */
export function courseViewOfSnapshot(s: CourseSnapshot): CourseView {
  return {
    screen: screenOf(s),
    loadingAssessment: s.matches('loadingAssessment'),
    course: s.context.course,
    progress: s.context.progress,
    loadFailed: s.context.loadError !== null,
    can: (event) => s.can(event),
    moduleRef: s.children.module ?? null,
    assessmentRef: s.children.assessment ?? null,
  };
}
