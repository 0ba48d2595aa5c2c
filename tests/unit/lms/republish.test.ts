// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startTrackingSession, type CourseEventSource, type TrackingSession } from '../../../src/app/tracking-session';
import { createModuleStore } from '../../../src/app/module-store';
import type { CourseEmitted } from '../../../src/course/machines/events';
import { decodeProgress } from '../../../src/course/progress/progress-codec';
import { chooseSalt } from '../../../src/course/progress/progress-keys';
import { emptyModuleProgress, type ProgressRecord } from '../../../src/course/progress/progress-record';
import type { Module } from '../../../src/course/schema/module-schema';
import { createScorm12Port } from '../../../src/lib/lms/scorm12-adapter';
import { createScorm2004Port } from '../../../src/lib/lms/scorm2004-adapter';
import type { TrackingPort } from '../../../src/lib/lms/tracking-port';
import { buildCourse, buildModule } from '../../../src/testing/builders';
import { FakeScheduler } from '../../../src/testing/fake-scheduler';
import { silentLogger } from '../../../src/testing/silent-logger';
import { strictLms12, strictLms2004, type StrictLms } from '../../../src/testing/strict-lms';
import { manifestIdentifiers } from '../../../scorm/package/manifest-identifiers';

/**
 * An admin replaces version 0.1.0 of a course with 0.2.0 (docs/lms-admin.md, "Updating the
 * course"). The LMS keeps each learner's record and hands it to the new build: the learner
 * must find everything they did, and the record must then say which build they are on.
 */

const modules: Record<string, Module> = {
  sample: buildModule(),
  second: buildModule({ id: 'second', steps: [{ id: 'only', type: 'lesson' }], scenarios: [], questions: [{ id: 'q-second', type: 'true-false', answer: true }] }),
};
const course = buildCourse({ unlocking: 'free' });
const content = { course, modules };

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

/** One launch of one build of the course in `lms`. */
async function launch(lms: StrictLms, courseVersion: string) {
  const scheduler = new FakeScheduler();
  const logger = silentLogger();
  let clock = 1_700_000_000_000;
  const now = () => clock;
  const port: TrackingPort =
    lms.version === '1.2'
      ? createScorm12Port(lms.api as Parameters<typeof createScorm12Port>[0], { scheduler, logger, now })
      : createScorm2004Port(lms.api as Parameters<typeof createScorm2004Port>[0], { scheduler, logger, now });
  const session = await startTrackingSession({
    course,
    progressSalt: chooseSalt(content),
    modules: createModuleStore({ moduleLoaders: Object.fromEntries(Object.entries(modules).map(([id, m]) => [id, () => Promise.resolve(m)])), moduleLocaleLoaders: {} }),
    port,
    page: { window, document },
    logger,
    scheduler,
    now,
    courseVersion,
  });
  sessions.push(session);
  // As the app does (main.tsx): the writing side downloads with the course machine, before it is connected.
  await session.loadWriter();
  const events = new FakeCourse();
  session.connect(events);
  return { session, events, logger, tick: (ms: number) => (clock += ms) };
}

/** Half-way through: one module done, a scenario path and an answer in the next, one assessment attempt. */
const halfWay: ProgressRecord = {
  modules: {
    second: { ...emptyModuleProgress(), completed: true },
    sample: { ...emptyModuleProgress(), position: { at: 'step', stepId: 'check' }, scenarios: { chat: ['tell'] }, answers: { 'q-true': { type: 'true-false', value: true } } },
  },
  assessment: { attempts: [{ seed: 7, score: 60, answers: {} }] },
  openModuleId: 'sample',
};

describe.each([
  ['SCORM 1.2', () => strictLms12(), 'cmi.suspend_data'],
  ['SCORM 2004', () => strictLms2004(), 'cmi.suspend_data'],
] as const)('republishing a new version of the course (%s)', (_name, makeLms, suspendData) => {
  it('keeps everything the learner did, then records that they are on the new version', async () => {
    const lms = makeLms();
    const before = await launch(lms, '0.1.0');
    before.tick(25 * 60_000);
    before.events.emit({ type: 'progress.changed', progress: halfWay, milestone: true });
    window.dispatchEvent(new Event('pagehide'));
    const savedByOld = lms.value(suspendData) ?? '';
    expect(decodeProgress(savedByOld, content).progress).toEqual({ ...halfWay, timeSpentSeconds: 1500, courseVersion: '0.1.0' });
    before.session.dispose();

    // The LMS gives the new build the same record (Moodle moves it across when the item identifiers match, below).
    const entry: Record<string, string> = lms.version === '1.2' ? { 'cmi.core.entry': 'resume' } : { 'cmi.entry': 'resume' };
    const relaunched = makeLmsWith(lms.version, { [suspendData]: savedByOld, ...entry });
    const after = await launch(relaunched, '0.2.0');
    // Which build saved it stays readable until the learner does something in the new one.
    expect(after.session.initial.progress).toEqual({ ...halfWay, timeSpentSeconds: 1500, courseVersion: '0.1.0' });
    expect(after.logger.warn).not.toHaveBeenCalled();

    after.tick(5 * 60_000);
    const next: ProgressRecord = { ...halfWay, modules: { ...halfWay.modules, sample: { ...emptyModuleProgress(), completed: true } }, openModuleId: null };
    after.events.emit({ type: 'progress.changed', progress: next, milestone: true });
    expect(decodeProgress(relaunched.value(suspendData) ?? '', content).progress).toEqual({ ...next, timeSpentSeconds: 1800, courseVersion: '0.2.0' });
  });
});

function makeLmsWith(version: '1.2' | '2004', data: Record<string, string>): StrictLms {
  return version === '1.2' ? strictLms12({ data }) : strictLms2004({ data });
}

describe('the manifest of a new version', () => {
  it('changes only the manifest identifier, so an LMS matches the new package’s activity to the old one and keeps learners’ records', () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const old = manifestIdentifiers('risks-to-children', '0.1.0', edition);
      const next = manifestIdentifiers('risks-to-children', '0.2.0', edition);
      expect(next.manifest).not.toBe(old.manifest);
      expect({ organization: next.organization, item: next.item, resource: next.resource }).toEqual({
        organization: old.organization,
        item: old.item,
        resource: old.resource,
      });
    }
  });
});
