// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startTrackingSession, type CourseEventSource, type TrackingSession } from '../../../src/app/tracking-session';
import { createModuleStore } from '../../../src/app/module-store';
import type { CourseEmitted } from '../../../src/course/machines/events';
import { chooseSalt } from '../../../src/course/progress/progress-keys';
import { emptyModuleProgress, emptyProgress } from '../../../src/course/progress/progress-record';
import type { Module } from '../../../src/course/schema/module-schema';
import { createScorm12Port } from '../../../src/lib/lms/scorm12-adapter';
import { buildCourse, buildModule } from '../../../src/testing/builders';
import { FakeScheduler } from '../../../src/testing/fake-scheduler';
import { silentLogger } from '../../../src/testing/silent-logger';
import { strictLms12 } from '../../../src/testing/strict-lms';

/**
 * Saved progress the course cannot read (issue 10, part 6): the learner is told and
 * starts again, the text the LMS gave is kept in the log, and the LMS's record is not
 * overwritten until the learner acts.
 */

const modules: Record<string, Module> = { sample: buildModule() };
const course = buildCourse({ unlocking: 'free', modules: [{ id: 'sample', required: true }] });
const CORRUPT = 'os1.this-is-not-what-the-course-wrote~!';

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

async function launch(suspendData: string) {
  const lms = strictLms12({ data: { 'cmi.suspend_data': suspendData, 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '85', 'cmi.core.entry': 'resume' } });
  const logger = silentLogger();
  const store = createModuleStore({ moduleLoaders: { sample: async () => modules['sample'] as Module }, moduleLocaleLoaders: {} });
  const port = createScorm12Port(lms.api, { scheduler: new FakeScheduler(), logger });
  const session = await startTrackingSession({ course, progressSalt: chooseSalt({ course, modules }), modules: store, port, page: { window, document }, logger });
  sessions.push(session);
  // As the app does (main.tsx): the writing side downloads with the course machine, before it is connected.
  await session.loadWriter();
  const courseEvents = new FakeCourse();
  session.connect(courseEvents);
  const released: string[] = [];
  session.whenRecordReleased(() => released.push('released'));
  return { lms, logger, session, courseEvents, released };
}

describe('saved progress the course cannot read', () => {
  it('starts the learner again, says so, and logs the text the LMS gave', async () => {
    const { session, logger } = await launch(CORRUPT);
    expect(session.initial.unreadableProgress).toBe(true);
    expect(session.initial.progress).toEqual(emptyProgress());
    expect(logger.warn.mock.calls.map((call) => String(call[0])).join('\n')).toContain(CORRUPT);
  });

  it('leaves the LMS record as it was until the learner acts, even if the course is closed first', async () => {
    const { lms, session, released } = await launch(CORRUPT);
    session.saveAndFinish();
    expect(lms.value('cmi.suspend_data')).toBe(CORRUPT);
    // The earlier result stands: the status is never lowered.
    expect(lms.value('cmi.core.lesson_status')).toBe('passed');
    expect(lms.value('cmi.core.score.raw')).toBe('85');
    expect(released).toEqual([]);
  });

  it('saves as usual once the learner acts, and tells whoever listens', async () => {
    const { lms, courseEvents, released } = await launch(CORRUPT);
    const progress = { ...emptyProgress(), modules: { sample: emptyModuleProgress() }, openModuleId: 'sample' };
    courseEvents.emit({ type: 'progress.changed', progress, milestone: true });
    expect(released).toEqual(['released']);
    expect(lms.value('cmi.suspend_data')).not.toBe(CORRUPT);
    expect(lms.value('cmi.suspend_data')).toMatch(/^os\d/);
  });

  it('is not reported for a first launch, or for progress that reads', async () => {
    expect((await launch('')).session.initial.unreadableProgress).toBe(false);
    const first = await launch('');
    first.courseEvents.emit({ type: 'progress.changed', progress: { ...emptyProgress(), modules: { sample: emptyModuleProgress() }, openModuleId: 'sample' }, milestone: true });
    const written = first.lms.value('cmi.suspend_data') ?? '';
    const again = await launch(written);
    expect(again.session.initial.unreadableProgress).toBe(false);
    expect(again.released).toEqual(['released']);
  });
});
