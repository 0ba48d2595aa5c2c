import type { ActorRefFrom } from 'xstate';
import type { CourseEvent } from '../machines/course-machine';
import type { ModuleActorRef } from '../machines/module-machine';
import type { assessmentMachine } from '../machines/assessment-machine';
import type { Course } from '../schema/course-schema';
import type { ProgressRecord } from '../progress/progress-record';

/** Which screen the course is on. 'complete' is also a menu: the learner came back to it. */
export type CourseScreenKind = 'menu' | 'complete' | 'busy' | 'module' | 'assessment';

/**
 * What the screens see of the course at one moment. Plain data (and `can`), so the
 * menu can be shown before the course machine has even downloaded.
 */
export interface CourseView {
  screen: CourseScreenKind;
  /** While busy: true when the final assessment's questions are loading, not a module. */
  loadingAssessment: boolean;
  course: Course;
  progress: ProgressRecord;
  /** The last module or question bank could not load; the menu says so. */
  loadFailed: boolean;
  /** Whether the course takes this event now (a button for one it does not is disabled). */
  can(event: CourseEvent): boolean;
  /** The running module, on the 'module' screen. */
  moduleRef: ModuleActorRef | null;
  /** The running final-assessment attempt, on the 'assessment' screen. */
  assessmentRef: ActorRefFrom<typeof assessmentMachine> | null;
}

/**
 * The course as the screens use it: a view to render and a place to send the
 * learner's events. Screens never reach the course machine any other way.
 */
export interface CourseDriver {
  getView(): CourseView;
  /** Calls the listener after every change of the view; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  send(event: CourseEvent): void;
  /** Starts downloading the course machine if it is not here yet (on a learner's intent to act). */
  preload(): void;
}

/** A started course machine, seen as the screens see the course. */
export type RunningCourse = Omit<CourseDriver, 'preload'>;

/** Starts the course machine from this progress (connected to tracking first). */
export type StartCourseMachine = (progress: ProgressRecord) => RunningCourse;
