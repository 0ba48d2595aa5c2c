import type { Course } from '../../course/schema/course-schema';
import type { ProgressRecord } from '../../course/progress/progress-record';
import { isModuleCompleted, isModuleUnlocked } from '../../course/machines/course-rules';

/** Id of the module that must be completed before this one opens, or null if it is open. */
export function blockingModuleId(course: Course, progress: ProgressRecord, moduleId: string): string | null {
  if (isModuleUnlocked(course, progress, moduleId)) return null;
  const index = course.modules.findIndex((m) => m.id === moduleId);
  return course.modules.slice(0, index).find((m) => !isModuleCompleted(progress, m.id))?.id ?? null;
}
