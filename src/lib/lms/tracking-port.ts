import type { Completion, Success } from '../../course/progress/course-status';
import type { InteractionRecord } from './interaction-record';

/**
 * The one interface the app tracks through, whichever LMS (or none) is behind it.
 * Every method returns normally whatever the LMS does: failures are kept, retried
 * and reported to subscribers as problems, never thrown.
 */

export type LmsKind = 'scorm12' | 'scorm2004' | 'standalone';

export interface StartInfo {
  /** False when the LMS refused to start a session; the course still runs, without saving. */
  connected: boolean;
  /** 'resume' when the LMS says the learner left mid-course (exit "suspend"). */
  entry: 'ab-initio' | 'resume' | '';
  suspendData: string;
  location: string;
  learnerId: string | null;
  /** As the LMS gives it; Moodle sends "Last, First". */
  learnerName: string | null;
  /** The learner's language preference (e.g. "cy"), if the LMS has one. */
  language: string | null;
}

export interface StatusReport {
  completion: Completion;
  success: Success;
  /** 0..100, or null while there is no score to report. */
  scorePercent: number | null;
}

/** One cmi.objectives entry: a module. */
export interface ObjectiveReport {
  /** The module's identifier for the LMS: its content id made SCORM-safe (scormId), as an interaction's id is. */
  id: string;
  completion: Completion;
  /** 0..100, or null while unknown. */
  scorePercent: number | null;
}

export type ProblemReason =
  /** The LMS refused to start the session (Initialize returned false or threw). */
  | 'not-connected'
  /** A save or commit failed; it is kept and retried. */
  | 'save-failed'
  /** The LMS API stopped answering (threw, or its window went away). */
  | 'lms-unavailable'
  /** The browser refused to store progress (standalone mode). */
  | 'storage-unavailable'
  /** Progress grew beyond what the LMS accepts. */
  | 'too-large';

export interface TrackingProblem {
  reason: ProblemReason;
  /** For the log, in English: what failed and the LMS's error code and text. */
  detail: string;
}

export type TrackingEvent = { type: 'problem'; problem: TrackingProblem } | { type: 'recovered' };

export interface TrackingPort {
  readonly kind: LmsKind;
  /** Longest suspend data and location this LMS accepts. */
  readonly limits: { suspendData: number; location: number };
  /** Opens the session (once) and reads what the LMS knows about the learner. */
  start(): StartInfo;
  saveProgress(suspendData: string, location: string): void;
  /** Never lowers what the LMS already had: completed stays completed, passed stays passed, the best score stays. */
  reportStatus(status: StatusReport): void;
  /**
   * Downloads what recording interactions and objectives needs, where the adapter keeps it off
   * the first screen (the SCORM records). Reports made before it resolves are kept and written
   * when it does; the session prepares the port with its own writing side, before any.
   */
  prepare(): Promise<void>;
  /** Appends one interaction; earlier ones are never rewritten. */
  recordInteraction(record: InteractionRecord): void;
  reportObjective(objective: ObjectiveReport): void;
  /**
   * Keeps the language the learner chose as their LMS learner preference, where the LMS has
   * one and accepts it (sent with the next save or commit; a refusal is only logged, since
   * the progress record carries the choice as well). The standalone adapter has none.
   */
  saveLanguage(language: string): void;
  /** Asks the LMS to persist what it has been given. False if it did not (a retry is scheduled). */
  commit(): boolean;
  /**
   * Ends the session, exactly once: exit "suspend" while the learner has more to do, so
   * the LMS offers to resume; a normal exit when finished. Later calls do nothing.
   */
  finish(options: { finished: boolean }): void;
  subscribe(listener: (event: TrackingEvent) => void): () => void;
}

/** Timers, injectable so tests control time. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Logged when a port's recorder (TrackingPort.prepare) fails to download, by whichever asked for it. */
export const RECORDER_DOWNLOAD_FAILED = 'Tracking: the code that records answers could not be downloaded; trying again with the next answer';

export const browserScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Where tracking writes what it cannot tell the learner (console by default). */
export type TrackingLogger = Pick<Console, 'info' | 'warn' | 'error'>;
