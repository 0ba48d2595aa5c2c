// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { startTrackingSession, type CourseEventSource, type TrackingSession } from '../../../src/app/tracking-session';
import { courseMachine } from '../../../src/course/machines/course-machine';
import type { CourseEmitted } from '../../../src/course/machines/events';
import { createModuleStore } from '../../../src/app/module-store';
import { decodeProgress, encodeProgress } from '../../../src/course/progress/progress-codec';
import { chooseSalt } from '../../../src/course/progress/progress-keys';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../../src/course/progress/progress-record';
import type { Course } from '../../../src/course/schema/course-schema';
import type { Module, Question } from '../../../src/course/schema/module-schema';
import type { QuestionBank } from '../../../src/course/assessment-draw';
import { createScorm12Port } from '../../../src/lib/lms/scorm12-adapter';
import { createScorm2004Port } from '../../../src/lib/lms/scorm2004-adapter';
import type { TrackingEvent, TrackingPort } from '../../../src/lib/lms/tracking-port';
import { buildCourse, buildModule } from '../../../src/testing/builders';
import { FakeScheduler } from '../../../src/testing/fake-scheduler';
import { trackingWriter, type TrackingWriter } from '../../../src/app/tracking-writer';
import { silentLogger } from '../../../src/testing/silent-logger';
import { StrictLms, strictLms12, strictLms2004 } from '../../../src/testing/strict-lms';

const modules: Record<string, Module> = {
  sample: buildModule(),
  second: buildModule({ id: 'second', steps: [{ id: 'only', type: 'lesson' }], scenarios: [], questions: [{ id: 'q-second', type: 'true-false', answer: true }] }),
};
const course = buildCourse({ unlocking: 'free' });
const content = { course, modules };
const qLaw = modules['sample']?.questions.find((q) => q.id === 'q-law') as Question;

/** Stands in for the course actor: the test emits what the machine would. */
class FakeCourse implements CourseEventSource {
  private handlers: ((event: CourseEmitted) => void)[] = [];
  on(_type: '*', handler: (event: CourseEmitted) => void) {
    this.handlers.push(handler);
    return { unsubscribe: () => (this.handlers = this.handlers.filter((h) => h !== handler)) };
  }
  emit(event: CourseEmitted) {
    this.handlers.forEach((h) => h(event));
  }
}

const sessions: TrackingSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

interface SetUp {
  lms?: StrictLms;
  version?: '1.2' | '2004';
  /** Loads a module's structure; by default from `modules`, counting each load in `loads`. */
  loadModule?: (moduleId: string) => Promise<Module>;
  course?: Course;
  /** The build's course version, saved with the progress. */
  courseVersion?: string;
  /**
   * How the session downloads its writing side. Without it the set-up downloads it before
   * connecting, as the app does; with it, the test decides when the download ends.
   */
  loadWriter?: () => Promise<TrackingWriter>;
  /** The port's recorder download fails when the session first asks for it (the port tries again itself with the next answer). */
  recorderFails?: boolean;
}

async function setUp({ version = '1.2', lms = version === '1.2' ? strictLms12() : strictLms2004(), loadModule, course: theCourse = course, courseVersion, loadWriter, recorderFails = false }: SetUp = {}) {
  const loads: string[] = [];
  const load = loadModule ?? (async (id: string) => modules[id] as Module);
  const store = createModuleStore({
    moduleLoaders: Object.fromEntries(Object.keys(modules).map((id) => [id, () => (loads.push(id), load(id))])),
    moduleLocaleLoaders: {},
  });
  const scheduler = new FakeScheduler();
  const logger = silentLogger();
  let clock = 1_700_000_000_000;
  const now = () => clock;
  const port: TrackingPort =
    lms.version === '1.2'
      ? createScorm12Port(lms.api as Parameters<typeof createScorm12Port>[0], { scheduler, logger, now })
      : createScorm2004Port(lms.api as Parameters<typeof createScorm2004Port>[0], { scheduler, logger, now });
  const progressSalt = chooseSalt({ course: theCourse, modules });
  const session = await startTrackingSession({
    course: theCourse,
    progressSalt,
    modules: store,
    port: recorderFails ? { ...port, prepare: () => Promise.reject(new Error('offline')) } : port,
    page: { window, document },
    logger,
    scheduler,
    now,
    ...(courseVersion ? { courseVersion } : {}),
    ...(loadWriter ? { loadWriter } : {}),
  });
  sessions.push(session);
  // As the app does (main.tsx): the writing side downloads with the course machine, before it is connected.
  if (!loadWriter) await session.loadWriter();
  const courseEvents = new FakeCourse();
  session.connect(courseEvents);
  return { lms, session, courseEvents, scheduler, logger, store, loads, tick: (ms: number) => (clock += ms) };
}

const inProgress: ProgressRecord = {
  ...emptyProgress(),
  modules: { sample: { ...emptyModuleProgress(), position: { at: 'step', stepId: 'check' }, scenarios: { chat: ['tell'] } } },
  openModuleId: 'sample',
};
const allDone: ProgressRecord = {
  modules: { sample: { ...emptyModuleProgress(), completed: true }, second: { ...emptyModuleProgress(), completed: true } },
  assessment: { attempts: [{ seed: 7, score: 90, answers: {} }] },
  openModuleId: null,
};

/** A record as the session saves it: with the time spent (none passes in these tests unless they tick the clock). */
const asSaved = (progress: ProgressRecord, timeSpentSeconds = 0): ProgressRecord => ({ ...progress, timeSpentSeconds });

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('tracking session: starting', () => {
  it('restores the saved progress for the course to start from, and tells the LMS the learner is here', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(inProgress, content), 'cmi.core.entry': 'resume', 'cmi.core.student_id': 'jb', 'cmi.student_preference.language': 'cy' } });
    const { session } = await setUp({ lms });
    expect(session.initial).toEqual({ progress: inProgress, learnerId: 'jb', learnerName: null, language: 'cy', unreadableProgress: false });
    expect(lms.value('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.count('commit')).toBe(1);
  });

  it('logs what it could not restore and starts with what it could', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': '{"slide":4}' } });
    const { session, logger } = await setUp({ lms });
    expect(session.initial.progress).toEqual(emptyProgress());
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('not in a format this course recognises'));
  });

  it('loads no module on a first visit', async () => {
    const { session, loads } = await setUp();
    expect(session.initial.progress).toEqual(emptyProgress());
    expect(loads).toEqual([]);
  });

  it('loads only the modules the saved progress names before reading it', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(inProgress, content), 'cmi.core.entry': 'resume' } });
    const { loads } = await setUp({ lms });
    expect(loads).toEqual(['sample']);
  });

  it('loads every module of the final assessment when the saved progress has attempts', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(allDone, content), 'cmi.core.entry': 'resume' } });
    const { session, loads } = await setUp({ lms });
    expect(loads.sort()).toEqual(['sample', 'second']);
    expect(session.initial.progress).toEqual(allDone);
  });

  it('fails to start, writing nothing, when a module the saved progress needs cannot be loaded', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(inProgress, content), 'cmi.core.entry': 'resume' } });
    await expect(setUp({ lms, loadModule: () => Promise.reject(new Error('offline')) })).rejects.toThrow('offline');
    // Reading the progress without its module would drop it, and the next save would lose it for good.
    expect(lms.setLog()).toEqual([]);
    expect(lms.count('commit')).toBe(0);
  });
});

describe('tracking session: while the learner works', () => {

  it('saves progress, bookmark, status and module objectives on every change', async () => {
    const { lms, courseEvents, store } = await setUp();
    // The course opens (loads) a module before it reports progress in it; the score needs its content.
    await store.module('sample');
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    const values = lms.values();
    expect(decodeProgress(values['cmi.suspend_data'] ?? '', content)).toEqual({ progress: asSaved(inProgress), warnings: [] });
    expect(values).toMatchObject({
      'cmi.core.lesson_location': 'sample.step.check',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.objectives.0.id': 'sample',
      'cmi.objectives.0.status': 'incomplete',
      'cmi.objectives.0.score.raw': '50',
    });
    expect(lms.violations).toEqual([]);
  });

  it('commits at milestones and after every few answers, not at every change', async () => {
    const { lms, courseEvents } = await setUp();
    const commitsAtStart = lms.count('commit');
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    expect(lms.count('commit')).toBe(commitsAtStart);
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: true });
    expect(lms.count('commit')).toBe(commitsAtStart + 1);
    for (let i = 0; i < 3; i++) {
      courseEvents.emit({ type: 'interaction.recorded', interaction: { kind: 'question', moduleId: 'sample', attempt: null, question: qLaw, response: { type: 'single-choice', option: 'a' }, correct: true } });
      courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    }
    expect(lms.count('commit')).toBe(commitsAtStart + 2);
  });

  it('records each answer with the time taken since its question was shown', async () => {
    const { lms, courseEvents, tick } = await setUp();
    courseEvents.emit({ type: 'question.shown', key: 'check.q-law' });
    tick(42_000);
    courseEvents.emit({ type: 'interaction.recorded', interaction: { kind: 'question', moduleId: 'sample', attempt: null, question: qLaw, response: { type: 'single-choice', option: 'b' }, correct: false } });
    expect(lms.values()).toMatchObject({
      'cmi.interactions.0.id': 'kc__sample__q_law',
      'cmi.interactions.0.student_response': 'b',
      'cmi.interactions.0.result': 'wrong',
      'cmi.interactions.0.latency': '00:00:42',
    });
  });

  it('commits when the page is hidden', async () => {
    const { lms } = await setUp();
    const commits = lms.count('commit');
    setHidden(true);
    expect(lms.count('commit')).toBe(commits + 1);
    setHidden(false);
    expect(lms.count('commit')).toBe(commits + 1);
  });
});

describe('tracking session: time spent and the course version', () => {
  const savedTime = (lms: StrictLms) => decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress.timeSpentSeconds;

  it('saves the time spent while the course is on screen, not while it is hidden', async () => {
    const { lms, session, courseEvents, tick } = await setUp();
    tick(90_000);
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    expect(savedTime(lms)).toBe(90);
    setHidden(true);
    tick(3_600_000);
    setHidden(false);
    tick(30_500);
    expect(session.timeSpentSeconds()).toBe(120);
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    expect(savedTime(lms)).toBe(120);
  });

  it('saves the time when the page is hidden, since a phone may close it without pagehide', async () => {
    const { lms, courseEvents, tick } = await setUp();
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    tick(45_000);
    setHidden(true);
    expect(savedTime(lms)).toBe(45);
    setHidden(false);
  });

  it('adds this session\'s time to what earlier sessions saved', async () => {
    const first = await setUp();
    first.tick(600_000);
    window.dispatchEvent(new Event('pagehide'));
    first.session.dispose();
    const next = await setUp({ lms: strictLms12({ data: { 'cmi.suspend_data': first.lms.value('cmi.suspend_data') ?? '', 'cmi.core.entry': 'resume' } }) });
    expect(next.session.initial.progress.timeSpentSeconds).toBe(600);
    next.tick(60_000);
    expect(next.session.timeSpentSeconds()).toBe(660);
  });

  it('saves the version of the build the learner is taking', async () => {
    const { lms, courseEvents } = await setUp({ courseVersion: '1.4.0' });
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual({ ...asSaved(inProgress), courseVersion: '1.4.0' });
  });
});

describe('tracking session: leaving', () => {
  it('finishes once on pagehide, suspending so the learner can resume', async () => {
    const { lms, courseEvents } = await setUp();
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    courseEvents.emit({ type: 'progress.changed', progress: allDone, milestone: true });
    expect(lms.value('cmi.core.exit')).toBe('suspend');
    expect(lms.count('terminate')).toBe(1);
    expect(lms.violations).toEqual([]);
  });

  it('exits normally once the course is finished (SCORM 2004: exit "normal", passed, completed)', async () => {
    const { lms, courseEvents } = await setUp({ version: '2004' });
    courseEvents.emit({ type: 'progress.changed', progress: allDone, milestone: true });
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.setLog()).toContainEqual(['cmi.exit', 'normal']);
    expect(lms.values()).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90' });
    expect(lms.violations).toEqual([]);
  });

  it('saves the latest progress and ends the session at once for the quick exit', async () => {
    const { lms, session, courseEvents } = await setUp();
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    session.saveAndFinish();
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual(asSaved(inProgress));
    expect(lms.value('cmi.core.exit')).toBe('suspend');
    expect(lms.count('terminate')).toBe(1);
  });
});

describe('tracking session: display preferences', () => {
  const chosen = { textSize: 'larger', highContrast: true, readableFont: false, reducedMotion: false } as const;

  it('gives back the preferences saved with the progress, so they follow the learner to another computer', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(inProgress, content, { preferences: chosen }), 'cmi.core.entry': 'resume' } });
    const { session } = await setUp({ lms });
    expect(session.initial.preferences).toEqual(chosen);
    expect(session.initial.progress).toEqual(inProgress);
  });

  it('has none to give when the LMS holds none', async () => {
    const { session } = await setUp();
    expect(session.initial.preferences).toBeUndefined();
  });

  it('saves and commits a change at once, and keeps it in every later save of progress', async () => {
    const { lms, session, courseEvents } = await setUp();
    const commits = lms.count('commit');
    session.savePreferences(chosen);
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).preferences).toEqual(chosen);
    expect(lms.count('commit')).toBe(commits + 1);
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: true });
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content)).toEqual({ progress: asSaved(inProgress), preferences: chosen, warnings: [] });
    expect(lms.violations).toEqual([]);
  });

  it('does not write to the LMS again for preferences it already holds', async () => {
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(inProgress, content, { preferences: chosen }), 'cmi.core.entry': 'resume' } });
    const { session } = await setUp({ lms });
    const writes = lms.setLog().length;
    session.savePreferences({ ...chosen });
    expect(lms.setLog()).toHaveLength(writes);
  });

  it('ignores a change after the session has finished (quick exit)', async () => {
    const { lms, session } = await setUp();
    session.saveAndFinish();
    const writes = lms.setLog().length;
    session.savePreferences(chosen);
    expect(lms.setLog()).toHaveLength(writes);
    expect(lms.violations).toEqual([]);
  });
});

describe('tracking session: before its writing side has downloaded', () => {
  const chosen = { textSize: 'large', highContrast: false, readableFont: true, reducedMotion: false } as const;

  /** A download the test ends (or fails) when it chooses, counting how often it is asked for. */
  function writerDownload() {
    const asked: string[] = [];
    let finish: (outcome: 'arrive' | 'fail') => void = () => undefined;
    const load = () => {
      asked.push('writer');
      return new Promise<TrackingWriter>((resolve, reject) => {
        finish = (outcome) => (outcome === 'arrive' ? resolve(trackingWriter) : reject(new Error('offline')));
      });
    };
    return { load, asked, finish: (outcome: 'arrive' | 'fail') => finish(outcome) };
  }

  it('downloads nothing on a first visit, and tells the LMS the learner is here', async () => {
    const download = writerDownload();
    const { lms } = await setUp({ loadWriter: download.load });
    expect(download.asked).toEqual([]);
    expect(lms.value('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.count('commit')).toBe(1);
  });

  it('saves a learner who leaves before acting as the whole writer would: time spent, version, display options and language', async () => {
    const download = writerDownload();
    const { lms, session, tick } = await setUp({ loadWriter: download.load, courseVersion: '1.4.0' });
    session.savePreferences(chosen);
    session.saveLanguage('cy');
    tick(75_000);
    session.saveAndFinish();
    expect(download.asked).toEqual([]);
    expect(lms.value('cmi.suspend_data')).toBe(
      encodeProgress({ ...emptyProgress(), timeSpentSeconds: 75, courseVersion: '1.4.0' }, content, { salt: chooseSalt(content), preferences: chosen, language: 'cy' }),
    );
    expect(lms.value('cmi.core.exit')).toBe('suspend');
    expect(lms.count('terminate')).toBe(1);
  });

  it('saves on pagehide and when hidden without it, just as after', async () => {
    const download = writerDownload();
    const { lms, tick } = await setUp({ loadWriter: download.load });
    tick(20_000);
    setHidden(true);
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual(asSaved(emptyProgress(), 20));
    setHidden(false);
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.count('terminate')).toBe(1);
    expect(download.asked).toEqual([]);
  });

  it('downloads it with saved progress to read, before the session starts', async () => {
    const download = writerDownload();
    const lms = strictLms12({ data: { 'cmi.suspend_data': encodeProgress(inProgress, content), 'cmi.core.entry': 'resume' } });
    const started = setUp({ lms, loadWriter: download.load });
    await Promise.resolve();
    download.finish('arrive');
    const { session, courseEvents } = await started;
    expect(download.asked).toEqual(['writer']);
    expect(session.initial.progress).toEqual(inProgress);
    courseEvents.emit({ type: 'progress.changed', progress: allDone, milestone: true });
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual(asSaved(allDone));
  });

  it('keeps course events that come before it, and saves them in order once it is here', async () => {
    const download = writerDownload();
    const { lms, courseEvents } = await setUp({ loadWriter: download.load });
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    courseEvents.emit({
      type: 'interaction.recorded',
      interaction: { kind: 'question', moduleId: 'sample', attempt: null, question: qLaw, response: { type: 'true-false', value: false }, correct: true },
    });
    courseEvents.emit({ type: 'progress.changed', progress: allDone, milestone: true });
    expect(download.asked).toEqual(['writer']);
    expect(lms.setLog().filter(([element]) => element === 'cmi.suspend_data')).toEqual([]);
    download.finish('arrive');
    await vi.waitFor(() => expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual(asSaved(allDone)));
    expect(lms.value('cmi.interactions.0.id')).toBeDefined();
    expect(lms.violations).toEqual([]);
  });

  it('tries the download again with the next event after a failure, and loses nothing', async () => {
    const download = writerDownload();
    const { lms, logger, courseEvents } = await setUp({ loadWriter: download.load });
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    download.finish('fail');
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('could not be downloaded'), expect.any(Error)));
    courseEvents.emit({ type: 'progress.changed', progress: allDone, milestone: true });
    expect(download.asked).toEqual(['writer', 'writer']);
    download.finish('arrive');
    await vi.waitFor(() => expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual(asSaved(allDone)));
  });
});

describe('tracking session: when the code that records answers does not download', () => {
  it('still saves progress, and records the answer once the port has its recorder', async () => {
    const { lms, logger, courseEvents } = await setUp({ recorderFails: true });
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('records answers could not be downloaded'), expect.any(Error));
    courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: false });
    expect(decodeProgress(lms.value('cmi.suspend_data') ?? '', content).progress).toEqual(asSaved(inProgress));
    courseEvents.emit({
      type: 'interaction.recorded',
      interaction: { kind: 'question', moduleId: 'sample', attempt: null, question: qLaw, response: { type: 'true-false', value: false }, correct: true },
    });
    await vi.waitFor(() => expect(lms.value('cmi.interactions.0.student_response')).toBe('f'));
    expect(lms.violations).toEqual([]);
  });
});

describe('tracking session: back/forward cache', () => {
  it('warns the learner when the page comes back after its LMS session has ended', async () => {
    const { session } = await setUp();
    const events: TrackingEvent[] = [];
    session.subscribe((e) => events.push(e));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(events).toEqual([]);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(events).toEqual([{ type: 'problem', problem: expect.objectContaining({ reason: 'not-connected' }) }]);
  });
});

describe('tracking session: LMS trouble', () => {
  it('tells subscribers about a problem, even one that happened before they subscribed, and about the recovery', async () => {
    const lms = strictLms12();
    lms.fail('commit', 1);
    const { session, scheduler } = await setUp({ lms });
    const events: TrackingEvent[] = [];
    session.subscribe((e) => events.push(e));
    expect(events).toEqual([{ type: 'problem', problem: expect.objectContaining({ reason: 'save-failed' }) }]);
    scheduler.runAll();
    expect(events.at(-1)).toEqual({ type: 'recovered' });
  });

  it('never throws into the course when the LMS API throws', async () => {
    const { lms, courseEvents } = await setUp();
    lms.vanish();
    expect(() => {
      courseEvents.emit({ type: 'progress.changed', progress: inProgress, milestone: true });
      courseEvents.emit({ type: 'interaction.recorded', interaction: { kind: 'question', moduleId: 'sample', attempt: null, question: qLaw, response: { type: 'single-choice', option: 'a' }, correct: true } });
      window.dispatchEvent(new Event('pagehide'));
    }).not.toThrow();
  });
});

describe('tracking session with the real course machine', () => {
  it('saves what the learner does and restores it on the next launch', async () => {
    const first = await setUp();
    const machine = courseMachine.provide({
      actors: {
        loadModule: fromPromise<Module, { moduleId: string }>(async ({ input }) => modules[input.moduleId] as Module),
        loadQuestionBank: fromPromise<QuestionBank, { moduleIds: string[] }>(async () => []),
      },
    });
    const actor = createActor(machine, { input: { course, progress: first.session.initial.progress, seed: 1 } });
    first.session.connect(actor);
    actor.start();
    actor.send({ type: 'module.open', moduleId: 'second' });
    await waitFor(actor, (s) => s.hasTag('module'));
    for (let i = 0; i < 3; i++) actor.getSnapshot().children.module?.send({ type: 'nav.next' });
    await waitFor(actor, (s) => s.hasTag('menu'));
    window.dispatchEvent(new Event('pagehide'));
    const left = actor.getSnapshot().context.progress;
    expect(left.modules['second']?.completed).toBe(true);
    expect(first.lms.value('cmi.objectives.0.status')).toBe('completed');
    expect(first.lms.violations).toEqual([]);

    first.session.dispose();
    const saved = first.lms.values();
    const next = await setUp({ lms: strictLms12({ data: { 'cmi.suspend_data': saved['cmi.suspend_data'] ?? '', 'cmi.core.entry': 'resume' } }) });
    expect(next.session.initial.progress).toEqual(asSaved(left));
  });
});
