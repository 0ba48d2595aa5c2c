import type { Completion, Success } from '../../course/progress/course-status';
import type { InteractionRecord } from './interaction-record';
import { countOf, LmsConnection } from './lms-connection';
import type { LmsCalls } from './scorm-api';
import type { LmsKind, ObjectiveReport, Scheduler, StartInfo, StatusReport, TrackingEvent, TrackingLogger, TrackingPort } from './tracking-port';

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
  /** An objective's values other than its id, under `cmi.objectives.<index>.`. */
  objective(objective: ObjectiveReport): Element[];
  /** An interaction's [field, value] pairs in the order they must be set. */
  interaction(record: InteractionRecord): Element[];
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
    onRejected: (element) => {
      // The index is not ours (another objective is there): the next report takes a new one.
      const index = /^cmi\.objectives\.(\d+)\.id$/.exec(element)?.[1];
      if (index === undefined) return;
      for (const [id, slot] of objectiveSlots) if (slot === Number(index)) objectiveSlots.delete(id);
      nextObjectiveSlot = Math.max(nextObjectiveSlot, Number(index) + 1);
    },
  });
  let startInfo: StartInfo | null = null;
  let startedAt = now();
  let before: StatusReport = { completion: 'not attempted', success: 'unknown', scorePercent: null };
  const objectiveSlots = new Map<string, number>();
  let finished = false;
  const listeners = new Set<(event: TrackingEvent) => void>();
  connection.subscribe((event) => listeners.forEach((listener) => listener(event)));

  const problem = (event: TrackingEvent) => {
    if (event.type === 'problem') options.logger.warn(`Tracking: ${event.problem.detail}`);
    listeners.forEach((listener) => listener(event));
  };

  /** The first index after every entry the LMS holds or the course has taken. */
  let nextObjectiveSlot = 0;

  /**
   * Finds the objectives the LMS already holds by id: an LMS may have filled some in
   * before the course starts (Moodle puts the manifest's primary objective at
   * cmi.objectives.0 in SCORM 2004), and an id can be written only once, at its own index.
   */
  function readObjectiveSlots(): void {
    const count = countOf(connection.read('cmi.objectives._count'));
    for (let i = 0; i < count; i++) {
      const id = connection.read(`cmi.objectives.${i}.id`);
      if (id !== null && id !== '' && !objectiveSlots.has(id)) objectiveSlots.set(id, i);
    }
    nextObjectiveSlot = count;
  }

  function objectiveSlot(id: string): number {
    const known = objectiveSlots.get(id);
    if (known !== undefined) return known;
    const slot = nextObjectiveSlot;
    nextObjectiveSlot += 1;
    objectiveSlots.set(id, slot);
    return slot;
  }

  return {
    kind: dialect.kind,
    limits: dialect.limits,

    start() {
      if (startInfo) return startInfo;
      startedAt = now();
      if (!connection.open()) {
        startInfo = NOT_CONNECTED;
        return startInfo;
      }
      const read = (element: string) => connection.read(element);
      before = dialect.readStatus(read);
      readObjectiveSlots();
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
      connection.appendInteraction(dialect.interaction(record));
      connection.flush();
    },

    reportObjective(objective) {
      const { id } = objective;
      const slot = objectiveSlot(id);
      connection.set(`cmi.objectives.${slot}.id`, id);
      for (const [field, value] of dialect.objective(objective)) connection.set(`cmi.objectives.${slot}.${field}`, value);
      connection.flush();
    },

    saveLanguage(language) {
      connection.set(dialect.elements.language, language);
      connection.flush();
    },

    commit: () => connection.commit(),

    finish(options) {
      if (finished) return;
      finished = true;
      if (connection.isOpen) for (const [element, value] of dialect.exit(options.finished, now() - startedAt)) connection.set(element, value);
      connection.close();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
