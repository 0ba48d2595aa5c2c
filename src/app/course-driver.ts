import type { CourseEvent } from '../course/machines/course-machine';
import type { Course } from '../course/schema/course-schema';
import { resumesInAssessment } from '../course/machines/course-rules';
import { emptyProgress, type ProgressRecord } from '../course/progress/progress-record';
import type { CourseDriver, CourseView, RunningCourse, StartCourseMachine } from '../course/view/course-view';
import { courseViewBeforeStart } from '../course/view/course-view-before-start';
import { yieldToPage } from '../lib/state/yield-to-page';

export interface CourseDriverOptions {
  course: Course;
  /** Saved progress to resume from. */
  progress: ProgressRecord | undefined;
  /** Downloads the course machine's code (XState, the machines, the content loaders). */
  loadMachine: () => Promise<StartCourseMachine>;
  logger?: Pick<Console, 'error'>;
}

/**
 * The course for the screens. Until the learner first acts, it shows the menu computed
 * from the saved progress, so the first screen needs neither XState nor the machines
 * (about 20 kB gzip). The learner's first event (or intent: see `preload`) downloads
 * the machine; it then starts from the same progress, receives that event, and from
 * then on the view is the machine's. Saved progress with a module or the final assessment
 * open starts it at once.
 *
 * If the download fails (a lost connection), the learner is back at the menu with the
 * same message as when a module cannot load, and the next click tries again; nothing
 * was saved in between, so nothing is lost.
 */
export function createCourseDriver({ course, progress = emptyProgress(), loadMachine, logger = console }: CourseDriverOptions): CourseDriver {
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  let view: CourseView = courseViewBeforeStart(course, progress);
  let running: RunningCourse | null = null;
  let download: Promise<StartCourseMachine> | null = null;

  const downloadMachine = (): Promise<StartCourseMachine> =>
    (download ??= loadMachine().catch((error: unknown) => {
      download = null;
      throw error;
    }));

  const start = (event: CourseEvent | null): void => {
    const from = view.progress;
    view = { ...view, screen: 'busy', loadingAssessment: event === null ? resumesInAssessment(from) : event.type === 'assessment.start', loadFailed: false, can: () => false };
    notify();
    downloadMachine()
      // Running the downloaded code, starting the machine and handing it the event are
      // three tasks, not one long one. The view stays busy until the machine has the event.
      .then(async (startMachine) => {
        await yieldToPage();
        const machine = startMachine(from);
        await yieldToPage();
        running = machine;
        running.subscribe(notify);
        if (event) running.send(event);
        notify();
      })
      .catch((error: unknown) => {
        running = null;
        logger.error('The course could not load its next part:', error);
        // As the machine does when a module cannot load: at the menu, saying so, with the module closed.
        view = courseViewBeforeStart(course, { ...from, openModuleId: null, assessment: { attempts: from.assessment.attempts } }, true);
        notify();
      });
  };

  if (progress.openModuleId !== null || resumesInAssessment(progress)) start(null);

  return {
    getView: () => (running ? running.getView() : view),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(event) {
      if (running) running.send(event);
      // Before the machine runs, an event the menu does not take is ignored, as the machine would.
      else if (view.can(event)) start(event);
    },
    preload() {
      // In a task of its own, not in the pointer or focus event that shows the intent.
      // A failure here is not the learner's concern yet: their click tries again and reports it.
      if (!running) void yieldToPage().then(() => downloadMachine().catch(() => undefined));
    },
  };
}
