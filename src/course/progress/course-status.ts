import type { Course } from '../schema/course-schema';
import { attemptsLeft, bestAssessmentScore, requiredModulesCompleted } from '../machines/course-rules';
import type { ModuleProgress, ProgressRecord } from './progress-record';

/**
 * What the LMS is told about a learner, derived from their progress. The adapters
 * map it onto each SCORM version (1.2 has one lesson_status; 2004 sets completion
 * and success separately).
 */

export type Completion = 'not attempted' | 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface ModuleStatus {
  moduleId: string;
  required: boolean;
  completion: Completion;
  /** 0..100 (see module-score.ts); null until started or while its content is not loaded. */
  scorePercent: number | null;
}

export interface CourseStatus {
  /** Completed once every required module is. */
  completion: Completion;
  /**
   * From the final assessment's best score against its pass mark, unknown until an
   * attempt is submitted; a course without a final assessment is passed when complete.
   */
  success: Success;
  /**
   * 0..100, for the LMS grade: the best final-assessment score; without a final
   * assessment, the mean of the required modules' scores once complete. Null until known.
   */
  scorePercent: number | null;
  /** Nothing left to do: the LMS may forget the learner's place (exit "normal"). */
  finished: boolean;
  modules: ModuleStatus[];
}

/**
 * A started module's score, 0..100, or null while its content is not loaded. Given by the
 * caller (`moduleScores` in scoring/module-score.ts), so the status of a learner who has
 * started nothing needs no scoring code: the first screen reports it without downloading any.
 */
export type ModuleScores = (moduleId: string, saved: ModuleProgress) => number | null;

function moduleStatuses(course: Course, progress: ProgressRecord, scoreOf: ModuleScores): ModuleStatus[] {
  return course.modules.map((ref) => {
    const saved = progress.modules[ref.id];
    return {
      moduleId: ref.id,
      required: ref.required,
      completion: saved?.completed ? 'completed' : saved ? 'incomplete' : 'not attempted',
      scorePercent: saved ? scoreOf(ref.id, saved) : null,
    };
  });
}

function meanRequiredScore(statuses: readonly ModuleStatus[]): number | null {
  const scores = statuses.filter((m) => m.required).map((m) => m.scorePercent);
  if (scores.length === 0) return 100;
  if (scores.some((s) => s === null)) return null;
  return Math.round((scores as number[]).reduce((sum, s) => sum + s, 0) / scores.length);
}

/** The course's status; modules whose content is not loaded report what is known without it. */
export function courseStatus(course: Course, progress: ProgressRecord, scoreOf: ModuleScores): CourseStatus {
  const statuses = moduleStatuses(course, progress, scoreOf);
  const started = Object.keys(progress.modules).length > 0 || progress.assessment.attempts.length > 0;
  const complete = requiredModulesCompleted(course, progress);
  const completion: Completion = complete ? 'completed' : started ? 'incomplete' : 'not attempted';
  const assessment = course.finalAssessment;
  if (!assessment) {
    return {
      completion,
      success: complete ? 'passed' : 'unknown',
      scorePercent: complete ? meanRequiredScore(statuses) : null,
      finished: complete,
      modules: statuses,
    };
  }
  const best = bestAssessmentScore(progress);
  const success: Success = best === null ? 'unknown' : best >= assessment.passMark ? 'passed' : 'failed';
  const outOfAttempts = attemptsLeft(course, progress) === 0;
  return {
    completion,
    success,
    scorePercent: best,
    finished: complete && (success === 'passed' || (success === 'failed' && outOfAttempts)),
    modules: statuses,
  };
}
