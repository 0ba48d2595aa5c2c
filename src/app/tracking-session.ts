import type { CourseEmitted } from '../course/machines/events';
import { courseStatus, type CourseStatus } from '../course/progress/course-status';
import { samePreferences, type LearnerPreferences } from '../course/progress/learner-preferences';
import { progressLocation } from '../course/progress/location';
import type { ProgressRecord } from '../course/progress/progress-record';
import { isEmptyProgress, writeEmptyProgress } from '../course/progress/progress-writer-opening';
import type { Course } from '../course/schema/course-schema';
import type { WindowLike } from '../lib/lms/api-discovery';
import { loadTrackingPort, readLmsMode } from '../lib/lms/choose-adapter';
import { scormId } from '../lib/lms/scorm-ids';
import type { ModuleStore } from './module-store';
import type { AnswerLog } from './answer-log';
import type { TrackingWriter } from './tracking-writer';
import { readSavedProgress } from './saved-progress';
import type { TrackingSeam } from './tracking-seam';
import { createTimeSpentClock } from './time-spent';
import { browserScheduler, RECORDER_DOWNLOAD_FAILED, type LmsKind, type Scheduler, type TrackingEvent, type TrackingLogger, type TrackingPort } from '../lib/lms/tracking-port';

/**
 * Drives the LMS from the course actor: restores saved progress at start, then saves
 * progress (suspend_data and location) on every change, reports status, module
 * objectives and interactions, commits at milestones and every few answers, commits
 * when the page is hidden and finishes when it goes away (pagehide, never unload).
 * Nothing here throws into the app: failures are logged and reported to subscribers.
 *
 * The writing side (tracking-writer.ts: the whole progress writer, module scores, interaction
 * records; and the port's own, how its LMS writes them) is not on the first screen. It downloads with saved progress to read, or with the
 * course machine (main.tsx), and any course event that comes before it waits for it. Until then
 * the learner has done nothing, and what there is to save (time spent, display options, language)
 * the session writes with the small opening writer (progress-writer-opening.ts), so leaving or
 * quick exit never waits for a download.
 */

/** Commit after this many interactions even without a milestone. */
export const COMMIT_EVERY_INTERACTIONS = 3;

/** What the session needs of the course actor (an XState actor fits). */
export interface CourseEventSource {
  on(type: '*', handler: (event: CourseEmitted) => void): { unsubscribe(): void };
}

/** The page the course runs in: where to find the LMS and which events to listen to. */
export interface TrackingPage {
  window: WindowLike & Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'querySelector' | 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

export interface TrackingSessionOptions {
  course: Course;
  /** The salt of content keys in saved progress, chosen when the course was built (see progress-keys.ts). */
  progressSalt: number;
  /**
   * Module structures. Those the saved progress names are loaded before it is read;
   * the others only when the learner opens them, and progress is scored against what is loaded.
   */
  modules: Pick<ModuleStore, 'modules' | 'loaded'>;
  /** Defaults to the port chosen by the page's `course-lms` meta tag. */
  port?: TrackingPort;
  page?: TrackingPage;
  logger?: TrackingLogger;
  scheduler?: Scheduler;
  now?: () => number;
  /** The build's course version (buildInfo.courseVersion), saved with the progress so an admin can tell which build a learner took. */
  courseVersion?: string;
  /** Defaults to the dynamic import of tracking-writer.ts. The port's own writing side (TrackingPort.prepare) downloads with it. */
  loadWriter?: () => Promise<TrackingWriter>;
}

export interface TrackingSession extends TrackingSeam {
  readonly kind: LmsKind;
  readonly initial: TrackingSeam['initial'] & {
    /** The progress to start the course machine with (`input.progress`). */
    progress: ProgressRecord;
    /** As the LMS gives it; Moodle sends "Last, First". */
    learnerName: string | null;
    /** Display preferences saved with the progress, if any (they follow the learner between computers). */
    preferences: LearnerPreferences | undefined;
    /** The language the learner chose in this course, saved with the progress, if any. */
    savedLanguage: string | undefined;
    /**
     * The LMS held saved progress that could not be read, so the learner starts again. The
     * LMS's record is left as it was until the learner acts (see `whenRecordReleased`).
     */
    unreadableProgress: boolean;
  };
  /** Called once, when the learner first acts and saving starts (at once if it has already). */
  whenRecordReleased(listener: () => void): void;
  /** Listen to the course actor (before it starts); returns a function that stops listening. */
  connect(courseActor: CourseEventSource): () => void;
  /** Downloads the writing side if it is not here yet (main.tsx: with the course machine, so its first events are saved at once). */
  loadWriter(): Promise<void>;
  /** Save everything and end the LMS session now (quick exit). The learner can resume later. */
  saveAndFinish(): void;
  /** Keep the learner's display preferences with their progress; saves and commits at once if they changed. */
  savePreferences(preferences: LearnerPreferences): void;
  /**
   * Keep the language the learner chose: as their LMS learner preference where the LMS takes
   * it, and with their progress (in the LMS's suspend data, or this browser's storage) so it
   * holds where the LMS refuses it. Saves and commits at once if it changed.
   */
  saveLanguage(language: string): void;
  /** Whole seconds spent in the course so far, over every session (counted while it is on screen; see time-spent.ts). */
  timeSpentSeconds(): number;
  /** Problems and recoveries; a new subscriber first hears of a problem not yet recovered from. */
  subscribe(listener: (event: TrackingEvent) => void): () => void;
  /** Stop listening to the page (for tests and hot reload); does not finish the session. */
  dispose(): void;
}

const defaultPage = (): TrackingPage => ({ window, document });
const downloadTrackingWriter = (): Promise<TrackingWriter> => import('./tracking-writer').then((m) => m.trackingWriter);

export async function startTrackingSession(options: TrackingSessionOptions): Promise<TrackingSession> {
  const { course } = options;
  const logger = options.logger ?? console;
  const now = options.now ?? Date.now;
  const page = options.page ?? defaultPage();
  const port =
    options.port ??
    (await loadTrackingPort({
      courseId: course.id,
      mode: readLmsMode(page.document, logger),
      window: page.window,
      logger,
      scheduler: options.scheduler ?? browserScheduler,
      now,
    }));

  let lastProblem: TrackingEvent | null = null;
  const listeners = new Set<(event: TrackingEvent) => void>();
  port.subscribe((event) => {
    lastProblem = event.type === 'problem' ? event : null;
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        logger.error('Tracking: a status listener failed', error);
      }
    }
  });

  const guard =
    <A extends unknown[]>(what: string, run: (...args: A) => void) =>
    (...args: A): void => {
      try {
        run(...args);
      } catch (error) {
        logger.error(`Tracking: ${what} failed`, error);
      }
    };

  // Set once the writer has downloaded, and the port's recorder has downloaded or failed to: waiting
  // for both keeps answers and progress in the order they happened, but progress never waits on a
  // recorder that failed (the port queues answers and tries again with the next one).
  const prepareRecorder = (): Promise<void> =>
    port.prepare().catch((error: unknown) => logger.error(RECORDER_DOWNLOAD_FAILED, error));
  let writer: TrackingWriter | null = null;
  let writerDownload: Promise<TrackingWriter> | null = null;
  const loadWriter = (): Promise<TrackingWriter> =>
    writer
      ? Promise.resolve(writer)
      : (writerDownload ??= Promise.all([(options.loadWriter ?? downloadTrackingWriter)(), prepareRecorder()]).then(
          ([loaded]) => (writer = loaded),
          (error: unknown) => {
            writerDownload = null;
            throw error;
          },
        ));

  const started = port.start();
  // Saved progress to read brings the writer along, in the same round trip: a record with anything in it needs it to be saved.
  const [decoded] = await Promise.all([readSavedProgress(started.suspendData, course, options.modules), started.suspendData.trim() === '' ? null : loadWriter()]);
  for (const warning of decoded.warnings) logger.warn(`Tracking: saved progress: ${warning}`);
  const unreadableProgress = started.suspendData.trim() !== '' && decoded.warnings.length > 0 && isEmptyProgress(decoded.progress);
  // Kept whole in the log, so whoever looks into it has the text the LMS gave.
  if (unreadableProgress) logger.warn(`Tracking: the saved progress could not be read; the learner starts again. It was: ${started.suspendData}`);
  // Until the learner acts, what the LMS holds is not overwritten: the record stays for an administrator to look at.
  let holdingRecord = unreadableProgress;
  const releaseListeners: (() => void)[] = [];
  const releaseRecord = (): void => {
    if (!holdingRecord) return;
    holdingRecord = false;
    for (const listener of releaseListeners.splice(0)) listener();
  };

  const salt = options.progressSalt;
  let latest = decoded.progress;
  let preferences: LearnerPreferences | null = decoded.preferences ?? null;
  let language: string | null = decoded.language ?? null;
  let interactionsSinceCommit = 0;
  let answers: AnswerLog | null = null;
  const answerLog = (loaded: TrackingWriter): AnswerLog => (answers ??= loaded.createAnswerLog(now));
  let finished = false;

  const clock = createTimeSpentClock(decoded.progress.timeSpentSeconds ?? 0, now, page.document.visibilityState !== 'hidden');
  /** What is saved: the course's record, with the time spent so far and the version of this build. */
  const stamped = (progress: ProgressRecord): ProgressRecord => ({
    ...progress,
    timeSpentSeconds: clock.seconds(),
    ...(options.courseVersion ? { courseVersion: options.courseVersion } : {}),
  });

  // Without the writer the record is empty (see onEvent): no module has a score to give.
  const statusOf = (progress: ProgressRecord): CourseStatus => courseStatus(course, progress, writer ? writer.moduleScores(options.modules.loaded()) : () => null);
  const content = { course, modules: options.modules.loaded() };
  const encoded = (progress: ProgressRecord): string =>
    writer ? writer.encodeProgress(stamped(progress), content, { salt, preferences, language }) : writeEmptyProgress(stamped(progress), salt, preferences, language);

  function report(progress: ProgressRecord): void {
    if (!holdingRecord) port.saveProgress(encoded(progress), progressLocation(progress));
    const status = statusOf(progress);
    port.reportStatus(status);
    for (const module of status.modules) {
      if (module.completion !== 'not attempted') port.reportObjective({ id: scormId(module.moduleId), completion: module.completion, scorePercent: module.scorePercent });
    }
  }

  function commit(): void {
    interactionsSinceCommit = 0;
    port.commit();
  }

  const handle = guard('handling a course event', (event: CourseEmitted) => {
    if (finished || !writer) return;
    switch (event.type) {
      case 'progress.changed':
        releaseRecord();
        latest = event.progress;
        report(latest);
        if (event.milestone || interactionsSinceCommit >= COMMIT_EVERY_INTERACTIONS) commit();
        break;
      case 'interaction.recorded':
        port.recordInteraction(answerLog(writer).record(event.interaction));
        interactionsSinceCommit += 1;
        break;
      case 'question.shown':
        answerLog(writer).shown(event.key);
        break;
    }
  });

  // Events only come from the course machine, whose chunk downloads with the writer (main.tsx);
  // one that comes before the writer anyway (a caller that did not load it) waits for it, and
  // every event is handled in the order it came.
  const waiting: CourseEmitted[] = [];
  const handleWaiting = (): void => waiting.splice(0).forEach(handle);
  const onEvent = (event: CourseEmitted): void => {
    waiting.push(event);
    if (writer) handleWaiting();
    else loadWriter().then(handleWaiting, (error: unknown) => logger.error('Tracking: the code that saves progress could not be downloaded', error));
  };

  const savePreferences = guard('saving display preferences', (chosen: LearnerPreferences) => {
    if (finished || (preferences !== null && samePreferences(preferences, chosen))) return;
    preferences = { ...chosen };
    report(latest);
    // A preference is a deliberate choice, rarely repeated: keep it even if the learner closes the window next.
    commit();
  });

  const saveLanguage = guard('saving the chosen language', (chosen: string) => {
    if (finished || language === chosen) return;
    language = chosen;
    port.saveLanguage(chosen);
    report(latest);
    commit();
  });

  const finish = guard('finishing the LMS session', () => {
    if (finished) return;
    finished = true;
    report(latest);
    port.finish({ finished: statusOf(latest).finished });
  });

  const onVisibilityChange = guard('saving as the page was hidden', () => {
    if (page.document.visibilityState !== 'hidden') {
      clock.resume();
      return;
    }
    clock.pause();
    if (finished) return;
    // The time spent so far goes with it: a phone may end a hidden page without pagehide.
    report(latest);
    commit();
  });

  // A page restored from the back/forward cache after pagehide has no LMS session any more.
  const onPageShow = guard('noticing the page come back', (event: Event) => {
    if (!finished || !(event as PageTransitionEvent).persisted) return;
    const problem: TrackingEvent = {
      type: 'problem',
      problem: { reason: 'not-connected', detail: 'The page came back after the LMS session ended; reopen the course from the LMS to keep saving.' },
    };
    lastProblem = problem;
    logger.warn(`Tracking: ${problem.problem.detail}`);
    for (const listener of [...listeners]) listener(problem);
  });

  page.document.addEventListener('visibilitychange', onVisibilityChange);
  page.window.addEventListener('pagehide', finish);
  page.window.addEventListener('pageshow', onPageShow);

  // The learner has launched: tell the LMS at once (1.2 "not attempted" becomes "incomplete").
  guard('reporting the starting status', () => {
    const status = statusOf(latest);
    port.reportStatus(status);
    commit();
  })();

  return {
    kind: port.kind,
    initial: {
      progress: decoded.progress,
      language: started.language,
      learnerId: started.learnerId,
      learnerName: started.learnerName,
      preferences: decoded.preferences,
      savedLanguage: decoded.language,
      unreadableProgress,
    },
    whenRecordReleased(listener) {
      if (holdingRecord) releaseListeners.push(listener);
      else listener();
    },
    connect(actor) {
      const subscription = actor.on('*', onEvent);
      return () => subscription.unsubscribe();
    },
    loadWriter: () => loadWriter().then(() => undefined),
    saveAndFinish: finish,
    timeSpentSeconds: () => clock.seconds(),
    savePreferences,
    saveLanguage,
    subscribe(listener) {
      listeners.add(listener);
      if (lastProblem) listener(lastProblem);
      return () => listeners.delete(listener);
    },
    dispose() {
      page.document.removeEventListener('visibilitychange', onVisibilityChange);
      page.window.removeEventListener('pagehide', finish);
      page.window.removeEventListener('pageshow', onPageShow);
    },
  };
}
