import type { Course } from '../schema/course-schema';
import type { AssessmentAttempt, ProgressRecord } from '../progress/progress-record';
import { hashString } from '../random';

/**
 * Pure rules of a course, shared by the course machine and the screens that explain them (the
 * menu is on the first screen, so what only the machine needs, such as drawing an attempt's
 * questions, is in assessment-draw.ts).
 */

export const isModuleCompleted = (progress: ProgressRecord, moduleId: string): boolean =>
  progress.modules[moduleId]?.completed === true;

export function isModuleUnlocked(course: Course, progress: ProgressRecord, moduleId: string): boolean {
  const index = course.modules.findIndex((m) => m.id === moduleId);
  if (index === -1) return false;
  if (course.unlocking === 'free') return true;
  return course.modules.slice(0, index).every((m) => isModuleCompleted(progress, m.id));
}

export const requiredModulesCompleted = (course: Course, progress: ProgressRecord): boolean =>
  course.modules.filter((m) => m.required).every((m) => isModuleCompleted(progress, m.id));

export const finishedAttempts = (progress: ProgressRecord): AssessmentAttempt[] =>
  progress.assessment.attempts.filter((a) => a.score !== null);

export const unfinishedAttempt = (progress: ProgressRecord): AssessmentAttempt | undefined => {
  const last = progress.assessment.attempts.at(-1);
  return last && last.score === null ? last : undefined;
};

/** Saved progress left inside an unfinished final-assessment attempt: a relaunch reopens it. */
export const resumesInAssessment = (progress: ProgressRecord): boolean =>
  progress.openModuleId === null && progress.assessment.open === true && unfinishedAttempt(progress) !== undefined;

export const bestAssessmentScore = (progress: ProgressRecord): number | null => {
  const scores = finishedAttempts(progress).map((a) => a.score ?? 0);
  return scores.length ? Math.max(...scores) : null;
};

export function hasPassedAssessment(course: Course, progress: ProgressRecord): boolean {
  const best = bestAssessmentScore(progress);
  return course.finalAssessment !== undefined && best !== null && best >= course.finalAssessment.passMark;
}

/** Attempts left, or null when unlimited. */
export function attemptsLeft(course: Course, progress: ProgressRecord): number | null {
  const max = course.finalAssessment?.maxAttempts ?? 0;
  if (max === 0) return null;
  return Math.max(0, max - finishedAttempts(progress).length);
}

export type AssessmentAvailability = 'available' | 'resume' | 'no-assessment' | 'modules-incomplete' | 'passed' | 'no-attempts-left';

export function assessmentAvailability(course: Course, progress: ProgressRecord): AssessmentAvailability {
  const settings = course.finalAssessment;
  if (!settings) return 'no-assessment';
  if (unfinishedAttempt(progress)) return 'resume';
  if (hasPassedAssessment(course, progress)) return 'passed';
  if (settings.requiresAllModules && !requiredModulesCompleted(course, progress)) return 'modules-incomplete';
  if (attemptsLeft(course, progress) === 0) return 'no-attempts-left';
  return 'available';
}

export const canStartAssessment = (course: Course, progress: ProgressRecord): boolean => {
  const availability = assessmentAvailability(course, progress);
  return availability === 'available' || availability === 'resume';
};

/** Complete: every required module done and, if there is a final assessment, passed. */
export const isCourseComplete = (course: Course, progress: ProgressRecord): boolean =>
  requiredModulesCompleted(course, progress) && (course.finalAssessment === undefined || hasPassedAssessment(course, progress));

/** Seed of the n-th attempt (1-based), derived from the learner's base seed. */
export const attemptSeed = (baseSeed: number, attemptNumber: number): number => hashString(`${baseSeed}/attempt/${attemptNumber}`);

/** Modules whose question banks feed the final assessment. */
export const assessmentModuleIds = (course: Course): string[] =>
  course.finalAssessment?.fromModules ?? course.modules.map((m) => m.id);
