import type { ProgressRecord } from '../../course/progress/progress-record';

export type ModuleStatus = 'not-started' | 'in-progress' | 'complete';

/** A module's status as the menu shows it. */
export function moduleStatus(progress: ProgressRecord, moduleId: string): ModuleStatus {
  const saved = progress.modules[moduleId];
  if (!saved) return 'not-started';
  return saved.completed ? 'complete' : 'in-progress';
}
