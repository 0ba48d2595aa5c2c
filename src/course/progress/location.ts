import type { ProgressRecord } from './progress-record';

/**
 * The bookmark sent as cmi.core.lesson_location / cmi.location: where the learner
 * is, in words an LMS administrator can read (`menu`, `contact.intro`,
 * `contact.step.grooming-signs`, `contact.summary`, `final-assessment`). Ids are at most 40 characters,
 * so it stays well under SCORM 1.2's 255. Resuming reads suspend_data, not this.
 */
export function progressLocation(progress: ProgressRecord): string {
  const moduleId = progress.openModuleId;
  if (moduleId === null) return progress.assessment.open ? 'final-assessment' : 'menu';
  const position = progress.modules[moduleId]?.position ?? { at: 'intro' };
  return position.at === 'step' ? `${moduleId}.step.${position.stepId}` : `${moduleId}.${position.at}`;
}
