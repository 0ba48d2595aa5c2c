import type { ProgressRecord } from '../course/progress/progress-record';
import type { CourseActorRef } from '../course/machines/course-machine';

/**
 * The one place the app meets LMS tracking. The session starts before the course
 * (it supplies the saved progress the course actor starts from) and is then
 * connected to the running course actor, whose emitted events it saves.
 */
export interface TrackingSeam {
  /** What the LMS told us when the session started. */
  readonly initial: {
    progress: ProgressRecord | undefined;
    /** The learner's preferred language, if the LMS has one. */
    language: string | null;
    learnerId: string | null;
  };
  /** Listen to the course actor (before it starts); returns a function that stops listening. */
  connect(courseActor: CourseActorRef): () => void;
}

/** Tracks nothing: for tests and tools that render the course without an LMS or storage. */
export function startWithoutTracking(): TrackingSeam {
  return {
    initial: { progress: undefined, language: null, learnerId: null },
    connect: () => () => undefined,
  };
}
