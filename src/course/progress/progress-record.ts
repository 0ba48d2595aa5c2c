/**
 * What we remember about a learner's progress, keyed by stable content ids.
 * Machines rebuild their state from this (via `input`); the LMS adapters store it
 * through the progress codec. It is never a machine snapshot: snapshots change
 * shape with the code, content ids do not.
 */

/** A learner's answer to one question, in the shape of its question type. */
export type Response =
  | { type: 'single-choice'; option: string }
  | { type: 'multiple-choice'; options: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'ordering'; order: string[] }
  /** prompt id -> target id */
  | { type: 'matching'; pairs: Record<string, string> };

/** A learner's answer to an interactive lesson block. */
export type BlockAnswer =
  /** The items the learner selected as warning signs. */
  | { type: 'spot-the-signs'; selected: string[] }
  /** Item id -> the group the learner put it in. */
  | { type: 'sort-into-groups'; placed: Record<string, string> };

/** Where in a module the learner is. */
export type ModulePosition = { at: 'intro' } | { at: 'step'; stepId: string } | { at: 'summary' };

export interface ModuleProgress {
  completed: boolean;
  position: ModulePosition;
  /** Scenario id -> the choice ids taken, in order (the whole path once the scenario has ended). */
  scenarios: Record<string, string[]>;
  /** Question id -> the learner's answer in this module's knowledge checks. */
  answers: Record<string, Response>;
  /**
   * `<step>.<block>` -> the learner's answer to an interactive lesson block (spot the
   * signs, sort into groups), so a revisited screen shows it answered. Absent when none.
   */
  blocks?: Record<string, BlockAnswer>;
  /**
   * Scenario id -> the paths finished before the one in `scenarios` ("Try another path").
   * Absent when no scenario of the module has been tried again.
   */
  scenarioAttempts?: Record<string, ScenarioAttempts>;
}

/** Earlier finished paths through one scenario; the path being played is not counted. */
export interface ScenarioAttempts {
  /** How many paths were finished before the current one. */
  earlier: number;
  /** The best score of those paths, kept so that trying another path never lowers the module's score. */
  bestScore: number;
}

export interface AssessmentAttempt {
  /** Seed of the question draw, so a resumed attempt shows the same questions. */
  seed: number;
  /** Question id -> answer, for answers given so far. */
  answers: Record<string, Response>;
  /** Percentage 0..100 once submitted. */
  score: number | null;
}

export interface AssessmentProgress {
  /** Every attempt started, oldest first; the last may be unfinished. */
  attempts: AssessmentAttempt[];
  /** The learner was in the final assessment's unfinished attempt (the resume point). Absent: not. */
  open?: boolean;
}

export interface ProgressRecord {
  modules: Record<string, ModuleProgress>;
  assessment: AssessmentProgress;
  /** The module open when progress was saved, if any (the resume point). */
  openModuleId: string | null;
  /**
   * Time spent in the course, in whole seconds, over every session so far (the player measures
   * it while the course is on screen). Absent: not measured (progress saved before version 3).
   */
  timeSpentSeconds?: number;
  /**
   * The version of the course (course.yaml `version`) that last saved this progress, so an admin
   * can tell which build a learner took. Absent when the course has none or before version 3.
   */
  courseVersion?: string;
}

export const emptyProgress = (): ProgressRecord => ({
  modules: {},
  assessment: { attempts: [] },
  openModuleId: null,
});

export const emptyModuleProgress = (): ModuleProgress => ({
  completed: false,
  position: { at: 'intro' },
  scenarios: {},
  answers: {},
});
