import type { CourseEvent } from '../machines/course-machine';
import { canStartAssessment, isModuleUnlocked, resumesInAssessment } from '../machines/course-rules';
import type { Course } from '../schema/course-schema';
import type { ProgressRecord } from '../progress/progress-record';
import type { CourseView } from './course-view';

/**
 * The course as the course machine would show it on start, computed without the machine
 * (XState and the machines are not on the first screen): the menu, or busy when saved
 * progress has a module or the final assessment open. `can` answers as the machine's menu state does, from the
 * same rules; a test holds the two to the same answers.
 */
export function courseViewBeforeStart(course: Course, progress: ProgressRecord, loadFailed = false): CourseView {
  const reopening = resumesInAssessment(progress);
  const opening = progress.openModuleId !== null || reopening;
  return {
    screen: opening ? 'busy' : 'menu',
    loadingAssessment: reopening,
    course,
    progress,
    loadFailed,
    can: (event: CourseEvent): boolean => {
      if (opening) return false;
      if (event.type === 'module.open') return isModuleUnlocked(course, progress, event.moduleId);
      if (event.type === 'assessment.start') return canStartAssessment(course, progress);
      return false;
    },
    moduleRef: null,
    assessmentRef: null,
  };
}
