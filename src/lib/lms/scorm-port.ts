import type { Completion, Success } from '../../course/progress/course-status';
import { LmsConnection } from './lms-connection';
import type { LmsCalls } from './scorm-api';
import type { Recorder, RecorderFactory } from './scorm-recorder';
import { RECORDER_DOWNLOAD_FAILED, type LmsKind, type Scheduler, type StartInfo, type StatusReport, type TrackingEvent, type TrackingLogger, type TrackingPort } from './tracking-port';

/**
 * A TrackingPort over a SCORM API. What differs between SCORM 1.2 and 2004 (element
 * names, vocabularies, formats) is a dialect; the session logic is here, once.
 */

export type Element = readonly [element: string, value: string];

export interface ScormDialect {
  kind: Exclude<LmsKind, 'standalone'>;
  limits: { suspendData: number; location: number };
  rejectedCodes: ReadonlySet<string>;
  alreadyOpenCodes: ReadonlySet<string>;
  elements: {
    learnerId: string;
    learnerName: string;
    entry: string;
    suspendData: string;
    location: string;
    language: string;
  };
  /** What the LMS had recorded before this session, so it is never lowered. */
  readStatus(read: (element: string) => string | null): StatusReport;
  status(status: StatusReport): Element[];
  /** Downloads how this version records interactions and objectives (nothing is recorded before the learner acts). */
  recorder(): Promise<RecorderFactory>;
  exit(finished: boolean, sessionMs: number): Element[];
}

export interface ScormPortOptions {
  scheduler: Scheduler;
  logger: TrackingLogger;
  /** Milliseconds since the epoch; injectable so tests control session time. */
  now?: () => number;
  retryDelaysMs?: readonly number[];
}

const COMPLETION_RANK: Record<Completion, number> = { 'not attempted': 0, incomplete: 1, completed: 2 };
const SUCCESS_RANK: Record<Success, number> = { unknown: 0, failed: 1, passed: 2 };

/** The better of what the LMS had and what the learner has now done. */
export function mergeStatus(before: StatusReport, now: StatusReport): StatusReport {
  const scores = [before.scorePercent, now.scorePercent].filter((s): s is number => s !== null);
  return {
    completion: COMPLETION_RANK[now.completion] >= COMPLETION_RANK[before.completion] ? now.completion : before.completion,
    success: SUCCESS_RANK[now.success] >= SUCCESS_RANK[before.success] ? now.success : before.success,
    scorePercent: scores.length ? Math.max(...scores) : null,
  };
}

const NOT_CONNECTED: StartInfo = { connected: false, entry: '', suspendData: '', location: '', learnerId: null, learnerName: null, language: null };

const entryOf = (value: string | null): StartInfo['entry'] => (value === 'resume' || value === 'ab-initio' ? value : '');

export function createScormPort(calls: LmsCalls, dialect: ScormDialect, options: ScormPortOptions): TrackingPort {
  const now = options.now ?? Date.now;
  const connection = new LmsConnection({
    calls,
    rejectedCodes: dialect.rejectedCodes,
    alreadyOpenCodes: dialect.alreadyOpenCodes,
    scheduler: options.scheduler,
    logger: options.logger,
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    onRejected: (element) => recorder?.rejected(element),
  });
  let startInfo: StartInfo | null = null;
  let startedAt = now();
  let before: StatusReport = { completion: 'not attempted', success: 'unknown', scorePercent: null };
  let finished = false;
  const listeners = new Set<(event: TrackingEvent) => void>();
  connection.subscribe((event) => listeners.forEach((listener) => listener(event)));

  const problem = (event: TrackingEvent) => {
    if (event.type === 'problem') options.logger.warn(`Tracking: ${event.problem.detail}`);
    listeners.forEach((listener) => listener(event));
  };

  let recorder: Recorder | null = null;
  let recorderDownload: Promise<void> | null = null;
  /** Interactions and objectives reported before the recorder downloaded, in the order they came. */
  const waiting: ((loaded: Recorder) => void)[] = [];

  function prepare(): Promise<void> {
    if (recorder) return Promise.resolve();
    recorderDownload ??= dialect.recorder().then(
      (create) => {
        const loaded = (recorder = create(connection));
        const early = waiting.splice(0);
        if (finished || early.length === 0) return;
        for (const write of early) write(loaded);
        connection.flush();
      },
      (error: unknown) => {
        recorderDownload = null;
        throw error;
      },
    );
    return recorderDownload;
  }

  /** Records at once when the recorder is here; otherwise once it has downloaded (the session prepares it first). */
  function withRecorder(write: (loaded: Recorder) => void): void {
    if (recorder) {
      write(recorder);
      connection.flush();
      return;
    }
    waiting.push(write);
    prepare().catch((error: unknown) => options.logger.error(RECORDER_DOWNLOAD_FAILED, error));
  }

  return {
    kind: dialect.kind,
    limits: dialect.limits,
    prepare,

    start() {
      if (startInfo) return startInfo;
      startedAt = now();
      if (!connection.open()) {
        startInfo = NOT_CONNECTED;
        return startInfo;
      }
      const read = (element: string) => connection.read(element);
      before = dialect.readStatus(read);
      startInfo = {
        connected: true,
        entry: entryOf(read(dialect.elements.entry)),
        suspendData: read(dialect.elements.suspendData) ?? '',
        location: read(dialect.elements.location) ?? '',
        learnerId: read(dialect.elements.learnerId) || null,
        learnerName: read(dialect.elements.learnerName) || null,
        language: read(dialect.elements.language) || null,
      };
      return startInfo;
    },

    saveProgress(suspendData, location) {
      if (suspendData.length > dialect.limits.suspendData) {
        problem({
          type: 'problem',
          problem: { reason: 'too-large', detail: `Progress needs ${suspendData.length} characters; this LMS stores ${dialect.limits.suspendData}. It was not saved.` },
        });
      } else {
        connection.set(dialect.elements.suspendData, suspendData);
      }
      connection.set(dialect.elements.location, location.slice(0, dialect.limits.location));
      connection.flush();
    },

    reportStatus(status) {
      for (const [element, value] of dialect.status(mergeStatus(before, status))) connection.set(element, value);
      connection.flush();
    },

    recordInteraction(record) {
      withRecorder((loaded) => loaded.recordInteraction(record));
    },

    reportObjective(objective) {
      withRecorder((loaded) => loaded.reportObjective(objective));
    },

    saveLanguage(language) {
      connection.set(dialect.elements.language, language);
      connection.flush();
    },

    commit: () => connection.commit(),

    finish(how) {
      if (finished) return;
      finished = true;
      if (waiting.length > 0) options.logger.warn(`Tracking: answers or module results not saved, as the session ended before the code that records them downloaded: ${waiting.length}`);
      if (connection.isOpen) for (const [element, value] of dialect.exit(how.finished, now() - startedAt)) connection.set(element, value);
      connection.close();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
