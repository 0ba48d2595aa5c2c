// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startTrackingSession, type TrackingSession } from '../../../src/app/tracking-session';
import { createModuleStore } from '../../../src/app/module-store';
import { decodeProgress } from '../../../src/course/progress/progress-codec';
import { chooseSalt } from '../../../src/course/progress/progress-keys';
import type { Module } from '../../../src/course/schema/module-schema';
import { createScorm12Port } from '../../../src/lib/lms/scorm12-adapter';
import { createScorm2004Port } from '../../../src/lib/lms/scorm2004-adapter';
import type { TrackingPort } from '../../../src/lib/lms/tracking-port';
import { buildCourse, buildModule } from '../../../src/testing/builders';
import { FakeScheduler } from '../../../src/testing/fake-scheduler';
import { silentLogger } from '../../../src/testing/silent-logger';
import { strictLms12, strictLms2004, type StrictLms } from '../../../src/testing/strict-lms';

const modules: Record<string, Module> = { sample: buildModule() };
const course = buildCourse({ unlocking: 'free', locales: ['en-GB', 'cy', 'ur'] });
const sessions: TrackingSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

async function launch(lms: StrictLms): Promise<TrackingSession> {
  const scheduler = new FakeScheduler();
  const logger = silentLogger();
  const port: TrackingPort =
    lms.version === '1.2'
      ? createScorm12Port(lms.api as Parameters<typeof createScorm12Port>[0], { scheduler, logger })
      : createScorm2004Port(lms.api as Parameters<typeof createScorm2004Port>[0], { scheduler, logger });
  const store = createModuleStore({ moduleLoaders: { sample: async () => modules['sample'] as Module }, moduleLocaleLoaders: {} });
  const session = await startTrackingSession({ course, progressSalt: chooseSalt({ course, modules }), modules: store, port, page: { window, document }, logger, scheduler });
  sessions.push(session);
  return session;
}

describe('tracking session: the language the learner chose', () => {
  it.each([
    ['1.2', strictLms12, 'cmi.student_preference.language'],
    ['2004', strictLms2004, 'cmi.learner_preference.language'],
  ] as const)('SCORM %s: keeps it as the learner preference and with the progress, and gives it back at the next launch', async (_version, makeLms, element) => {
    const lms = makeLms();
    const first = await launch(lms);
    expect(first.initial.savedLanguage).toBeUndefined();
    first.saveLanguage('ur');
    const saved = lms.values();
    expect(saved[element]).toBe('ur');
    expect(decodeProgress(saved['cmi.suspend_data'] ?? '', { course, modules }).language).toBe('ur');
    expect(lms.violations).toEqual([]);
    first.saveAndFinish();

    const next = await launch(makeLms({ data: { 'cmi.suspend_data': saved['cmi.suspend_data'] ?? '', [element]: 'ur' } }));
    expect(next.initial.savedLanguage).toBe('ur');
    expect(next.initial.language).toBe('ur');
  });

  it('keeps the choice in the progress record where the LMS refuses the learner preference', async () => {
    const lms = strictLms12();
    const session = await launch(lms);
    // The language is the first value sent: an LMS that will not take it answers 405 (incorrect data type).
    lms.fail('setValue', 1, '405');
    session.saveLanguage('cy');
    expect(lms.values()['cmi.student_preference.language']).not.toBe('cy');
    expect(decodeProgress(lms.values()['cmi.suspend_data'] ?? '', { course, modules }).language).toBe('cy');
  });
});
