import { createActor } from 'xstate';
import { courseMachine } from '../course/machines/course-machine';
import type { ProgressRecord } from '../course/progress/progress-record';
import type { Course } from '../course/schema/course-schema';
import { createContentActors, type ContentActorOptions } from './content-loaders';
import type { CourseView, RunningCourse } from '../course/view/course-view';
import { courseViewOfSnapshot } from '../course/view/course-view-of-snapshot';
import type { TrackingSeam } from './tracking-seam';

export interface CourseMachineOptions {
  course: Course;
  progress: ProgressRecord;
  /** Base seed for question draws, chosen once per learner. */
  seed: number;
  content: ContentActorOptions;
  tracking: Pick<TrackingSeam, 'connect'>;
}

/**
 * Starts the course machine with the real content loaders. A chunk of its own with
 * XState: the course driver downloads it when the learner first acts.
 */
export function startCourseMachine({ course, progress, seed, content, tracking }: CourseMachineOptions): RunningCourse {
  const actor = createActor(courseMachine.provide({ actors: createContentActors(content) }), { input: { course, progress, seed } });
  // Before start, so tracking hears every event the course emits.
  tracking.connect(actor);
  actor.start();
  // One view per snapshot: React compares what the screens select from it.
  let snapshot = actor.getSnapshot();
  let view: CourseView = courseViewOfSnapshot(snapshot);
  return {
    getView() {
      const current = actor.getSnapshot();
      if (current !== snapshot) {
        snapshot = current;
        view = courseViewOfSnapshot(current);
      }
      return view;
    },
    subscribe(listener) {
      const subscription = actor.subscribe(() => listener());
      return () => subscription.unsubscribe();
    },
    send: (event) => actor.send(event),
  };
}
