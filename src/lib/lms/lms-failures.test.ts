import { describe, expect, it } from 'vitest';
import { buildModule } from '../../testing/builders';
import { FakeScheduler } from '../../testing/fake-scheduler';
import { silentLogger } from '../../testing/silent-logger';
import { StrictLms, strictLms12, strictLms2004 } from '../../testing/strict-lms';
import type { Question } from '../../course/schema/module-schema';
import { interactionRecord } from './interaction-record';
import { DEFAULT_RETRY_DELAYS_MS } from './lms-connection';
import { createScorm12Port } from './scorm12-adapter';
import { createScorm2004Port } from './scorm2004-adapter';
import type { TrackingEvent, TrackingPort } from './tracking-port';

const trueFalse = buildModule().questions.find((q) => q.id === 'q-true') as Question;
const answer = (value: boolean) =>
  interactionRecord({ kind: 'question', moduleId: 'sample', attempt: null, question: trueFalse, response: { type: 'true-false', value }, correct: !value }, { at: new Date(2025, 0, 1), latencyMs: 1000 });

interface Version {
  name: string;
  create(): { lms: StrictLms; port: TrackingPort; scheduler: FakeScheduler; events: TrackingEvent[]; logger: ReturnType<typeof silentLogger> };
  responseOf(value: boolean): string;
  responseField: string;
}

const versions: Version[] = [
  {
    name: 'SCORM 1.2',
    create() {
      const lms = strictLms12();
      const scheduler = new FakeScheduler();
      const logger = silentLogger();
      const port = createScorm12Port(lms.api, { scheduler, logger });
      const events: TrackingEvent[] = [];
      port.subscribe((e) => events.push(e));
      return { lms, port, scheduler, events, logger };
    },
    responseOf: (value) => (value ? 't' : 'f'),
    responseField: 'student_response',
  },
  {
    name: 'SCORM 2004',
    create() {
      const lms = strictLms2004();
      const scheduler = new FakeScheduler();
      const logger = silentLogger();
      const port = createScorm2004Port(lms.api, { scheduler, logger });
      const events: TrackingEvent[] = [];
      port.subscribe((e) => events.push(e));
      return { lms, port, scheduler, events, logger };
    },
    responseOf: (value) => (value ? 'true' : 'false'),
    responseField: 'learner_response',
  },
];

describe.each(versions)('$name: when the LMS misbehaves', ({ create, responseOf, responseField }) => {
  it('keeps a save the LMS refused, tells the learner, and writes it on the retry', () => {
    const { lms, port, scheduler, events } = create();
    port.start();
    lms.fail('setValue', 1);
    port.saveProgress('os1.HAfirst', 'menu');
    expect(events).toEqual([{ type: 'problem', problem: expect.objectContaining({ reason: 'save-failed' }) }]);
    expect(lms.value('cmi.suspend_data')).toBe('');

    scheduler.advance(DEFAULT_RETRY_DELAYS_MS[0] as number);
    expect(lms.value('cmi.suspend_data')).toBe('os1.HAfirst');
    expect(events.at(-1)).toEqual({ type: 'recovered' });
    expect(lms.violations).toEqual([]);
  });

  it('retries a failed commit with growing delays, giving the LMS everything again', () => {
    const { lms, port, scheduler, events } = create();
    port.start();
    port.saveProgress('os1.HAsaved', 'menu');
    lms.fail('commit', 2);
    expect(port.commit()).toBe(false);
    expect(scheduler.pending()).toEqual([1_000]);
    scheduler.advance(1_000);
    expect(scheduler.pending()).toEqual([2_000]);
    scheduler.advance(2_000);
    expect(scheduler.pending()).toEqual([]);
    expect(lms.count('commit')).toBe(3);
    // After each failed commit the values were set again, in case the LMS lost them.
    expect(lms.setLog().filter(([element]) => element === 'cmi.suspend_data')).toHaveLength(3);
    expect(events.map((e) => e.type)).toEqual(['problem', 'problem', 'recovered']);
  });

  it('loses no answer when the API vanishes mid-session, and writes everything when it is back', async () => {
    const { lms, port, scheduler, events } = create();
    port.start();
    await port.prepare();
    port.recordInteraction(answer(true));
    port.commit();
    lms.vanish();
    port.recordInteraction(answer(false));
    port.saveProgress('os1.HAwhile-gone', 'sample.intro');
    port.recordInteraction(answer(true));
    port.commit();
    expect(events.at(-1)).toEqual({ type: 'problem', problem: expect.objectContaining({ reason: 'lms-unavailable' }) });

    lms.reappear();
    scheduler.runAll();
    expect(lms.values()).toMatchObject({
      'cmi.suspend_data': 'os1.HAwhile-gone',
      [`cmi.interactions.0.${responseField}`]: responseOf(true),
      [`cmi.interactions.1.${responseField}`]: responseOf(false),
      [`cmi.interactions.2.${responseField}`]: responseOf(true),
    });
    expect(events.at(-1)).toEqual({ type: 'recovered' });
    expect(lms.violations).toEqual([]);
  });

  it('stops retrying after a bounded number of attempts, and tries again at the next save', () => {
    const { lms, port, scheduler, logger } = create();
    port.start();
    lms.fail('commit', 100);
    port.commit();
    const delays: number[] = [];
    for (let next = scheduler.pending()[0]; next !== undefined; next = scheduler.pending()[0]) {
      delays.push(next);
      scheduler.advance(next);
    }
    expect(delays).toEqual([...DEFAULT_RETRY_DELAYS_MS]);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('still not saving'));
    const commitsSoFar = lms.count('commit');
    port.commit();
    expect(lms.count('commit')).toBe(commitsSoFar + 1);
    expect(scheduler.pending()).toEqual([1_000]);
  });

  it('ends the session exactly once even while the LMS is failing, and calls nothing afterwards', () => {
    const { lms, port, scheduler } = create();
    port.start();
    lms.fail('commit', 100);
    port.saveProgress('os1.HAlast', 'menu');
    port.commit();
    port.finish({ finished: false });
    scheduler.runAll();
    port.commit();
    expect(lms.count('terminate')).toBe(1);
    expect(lms.value('cmi.suspend_data')).toBe('os1.HAlast');
    expect(lms.violations).toEqual([]);
  });
});

describe('a value the LMS rejects for good', () => {
  it('is logged and skipped without blocking what follows or alarming the learner', async () => {
    const lms = strictLms12();
    const logger = silentLogger();
    const port = createScorm12Port(lms.api, { scheduler: new FakeScheduler(), logger });
    const events: TrackingEvent[] = [];
    port.subscribe((e) => events.push(e));
    port.start();
    await port.prepare();
    const long = interactionRecord(
      { kind: 'choice', moduleId: 'sample', scenarioId: 'chat', nodeId: 'request', choiceId: 'x'.repeat(40), score: 0, maxChoiceScore: 2 },
      { at: new Date(2025, 0, 1), latencyMs: null },
    );
    port.recordInteraction({ ...long, response: { type: 'choice', ids: Array.from({ length: 8 }, (_, i) => `${'x'.repeat(39)}${i}`) } });
    port.saveProgress('os1.HAafter', 'menu');
    expect(lms.values()).toMatchObject({ 'cmi.interactions.0.result': 'neutral', 'cmi.suspend_data': 'os1.HAafter' });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('rejected cmi.interactions.0.student_response'));
    expect(events).toEqual([]);
  });
});
