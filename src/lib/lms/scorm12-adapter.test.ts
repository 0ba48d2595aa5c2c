import { describe, expect, it, vi } from 'vitest';
import { buildModule } from '../../testing/builders';
import { FakeScheduler } from '../../testing/fake-scheduler';
import { silentLogger } from '../../testing/silent-logger';
import { strictLms12, type StrictLmsOptions } from '../../testing/strict-lms';
import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import { interactionRecord } from './interaction-record';
import { scorm12Calls } from './scorm-api';
import { createScormPort } from './scorm-port';
import type { RecorderFactory } from './scorm-recorder';
import { createScorm12Port, scorm12Dialect } from './scorm12-adapter';
import { scorm12Recorder } from './scorm12-records';
import type { TrackingEvent } from './tracking-port';

const questions = new Map(buildModule().questions.map((q) => [q.id, q]));
const question = (id: string) => questions.get(id) as Question;
const at = new Date(2025, 2, 1, 9, 30, 5);

function setUp(options: StrictLmsOptions = {}) {
  const lms = strictLms12(options);
  const scheduler = new FakeScheduler();
  const logger = silentLogger();
  let clock = 1_000_000;
  const port = createScorm12Port(lms.api, { scheduler, logger, now: () => clock });
  const events: TrackingEvent[] = [];
  port.subscribe((e) => events.push(e));
  return { lms, port, scheduler, logger, events, tick: (ms: number) => (clock += ms) };
}

const answer = (questionId: string, response: Response, correct: boolean, latencyMs: number | null = 12_000) =>
  interactionRecord({ kind: 'question', moduleId: 'sample', attempt: null, question: question(questionId), response, correct }, { at, latencyMs });

describe('SCORM 1.2 adapter: start', () => {
  it('initialises once and reads the learner, saved progress, bookmark and language', () => {
    const { lms, port } = setUp({
      data: {
        'cmi.core.student_id': 'jbloggs',
        'cmi.core.student_name': 'Bloggs, Jo',
        'cmi.core.entry': 'resume',
        'cmi.core.lesson_location': 'sample.intro',
        'cmi.suspend_data': 'os1.HA',
        'cmi.student_preference.language': 'cy',
      },
    });
    const first = port.start();
    expect(port.start()).toBe(first);
    expect(first).toEqual({
      connected: true,
      entry: 'resume',
      suspendData: 'os1.HA',
      location: 'sample.intro',
      learnerId: 'jbloggs',
      learnerName: 'Bloggs, Jo',
      language: 'cy',
    });
    expect(lms.count('initialize')).toBe(1);
    expect(lms.violations).toEqual([]);
  });

  it('reports a refused session as a problem, then calls nothing more', () => {
    const { lms, port, events } = setUp();
    lms.fail('initialize');
    expect(port.start().connected).toBe(false);
    port.saveProgress('os1.HA', 'menu');
    port.commit();
    port.finish({ finished: false });
    expect(events).toEqual([{ type: 'problem', problem: expect.objectContaining({ reason: 'not-connected' }) }]);
    expect(lms.calls.map((c) => c.method)).toEqual(['LMSInitialize']);
  });
});

describe('SCORM 1.2 adapter: status and score', () => {
  it.each([
    [{ completion: 'not attempted', success: 'unknown', scorePercent: null }, 'incomplete'],
    [{ completion: 'incomplete', success: 'unknown', scorePercent: null }, 'incomplete'],
    [{ completion: 'incomplete', success: 'passed', scorePercent: 90 }, 'incomplete'],
    [{ completion: 'completed', success: 'unknown', scorePercent: null }, 'completed'],
    [{ completion: 'completed', success: 'passed', scorePercent: 85 }, 'passed'],
    [{ completion: 'completed', success: 'failed', scorePercent: 40 }, 'failed'],
  ] as const)('reports %o as lesson_status "%s"', (status, lessonStatus) => {
    const { lms, port } = setUp();
    port.start();
    port.reportStatus(status);
    port.commit();
    expect(lms.value('cmi.core.lesson_status')).toBe(lessonStatus);
    expect(lms.violations).toEqual([]);
  });

  it('reports the score as raw 0..100 with min 0 and max 100', () => {
    const { lms, port } = setUp();
    port.start();
    port.reportStatus({ completion: 'completed', success: 'passed', scorePercent: 85 });
    expect(lms.values()).toMatchObject({ 'cmi.core.score.raw': '85', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
  });

  it('never lowers what the LMS already had: passed, and the best score, stay', () => {
    const { lms, port } = setUp({ data: { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' } });
    port.start();
    port.reportStatus({ completion: 'incomplete', success: 'unknown', scorePercent: 60 });
    expect(lms.values()).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' });
  });
});

describe('SCORM 1.2 adapter: interactions', () => {
  it.each([
    ['single choice', answer('q-law', { type: 'single-choice', option: 'b' }, false), { type: 'choice', student_response: 'b', 'correct_responses.0.pattern': 'a', result: 'wrong' }],
    ['multiple choice', answer('q-many', { type: 'multiple-choice', options: ['x', 'y'] }, true), { type: 'choice', student_response: 'x,y', 'correct_responses.0.pattern': 'x,y', result: 'correct' }],
    ['true/false', answer('q-true', { type: 'true-false', value: true }, false), { type: 'true-false', student_response: 't', 'correct_responses.0.pattern': 'f', result: 'wrong' }],
    ['ordering', answer('q-order', { type: 'ordering', order: ['second', 'first', 'third'] }, false), { type: 'sequencing', student_response: 'second,first,third', 'correct_responses.0.pattern': 'first,second,third' }],
    ['matching', answer('q-match', { type: 'matching', pairs: { p2: 't2', p1: 't1' } }, true), { type: 'matching', student_response: 'p1.t1,p2.t2', 'correct_responses.0.pattern': 'p1.t1,p2.t2', result: 'correct' }],
  ])('records a %s answer in 1.2 formats', async (_, record, expected) => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    port.recordInteraction(record);
    const values = lms.values();
    const fields = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('cmi.interactions.0.')).map(([k, v]) => [k.slice('cmi.interactions.0.'.length), v]));
    expect(fields).toMatchObject({ id: record.id, time: '09:30:05', latency: '00:00:12', ...expected });
    expect(lms.violations).toEqual([]);
  });

  it('records a scenario choice as neutral, with its points as the weighting', async () => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    port.recordInteraction(
      interactionRecord({ kind: 'choice', moduleId: 'sample', scenarioId: 'chat', nodeId: 'more-demands', choiceId: 'tell-late', score: 1, maxChoiceScore: 1 }, { at, latencyMs: null }),
    );
    expect(lms.values()).toMatchObject({
      'cmi.interactions.0.id': 'sc__sample__chat__more_demands',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'tell_late',
      'cmi.interactions.0.result': 'neutral',
      'cmi.interactions.0.weighting': '1',
    });
    expect(lms.violations).toEqual([]);
  });

  it('appends after the interactions already recorded, never rewriting them', async () => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    for (const value of [true, false, true]) port.recordInteraction(answer('q-true', { type: 'true-false', value }, !value));
    expect(lms.values()).toMatchObject({
      'cmi.interactions.0.student_response': 't',
      'cmi.interactions.1.student_response': 'f',
      'cmi.interactions.2.student_response': 't',
    });
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 1.2 adapter: objectives', () => {
  it('reports one objective per module with its status and score, updating the same slot', async () => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    port.reportObjective({ id: 'grooming_signs', completion: 'incomplete', scorePercent: 40 });
    port.reportObjective({ id: 'the_law', completion: 'not attempted', scorePercent: null });
    port.reportObjective({ id: 'grooming_signs', completion: 'completed', scorePercent: 75 });
    expect(lms.values()).toMatchObject({
      'cmi.objectives.0.id': 'grooming_signs',
      'cmi.objectives.0.status': 'completed',
      'cmi.objectives.0.score.raw': '75',
      'cmi.objectives.1.id': 'the_law',
      'cmi.objectives.1.status': 'not attempted',
    });
    expect(lms.violations).toEqual([]);
  });

  it('reuses the slots of objectives the LMS already has', async () => {
    const { lms, port } = setUp({ data: { 'cmi.objectives.0.id': 'intro', 'cmi.objectives.1.id': 'grooming_signs' } });
    port.start();
    await port.prepare();
    port.reportObjective({ id: 'grooming_signs', completion: 'completed', scorePercent: 100 });
    port.reportObjective({ id: 'new_module', completion: 'incomplete', scorePercent: 0 });
    expect(lms.values()).toMatchObject({ 'cmi.objectives.1.status': 'completed', 'cmi.objectives.2.id': 'new_module' });
  });
});

describe('SCORM 1.2 adapter: an objective the LMS refuses', () => {
  it('writes none of its other fields at an index the LMS refused, and reports it next at a new one', async () => {
    const { lms, port, logger } = setUp({ data: { 'cmi.objectives.0.id': 'intro' } });
    port.start();
    await port.prepare();
    port.commit();
    // The LMS does not say how many objectives it holds, then refuses the id at index 0, which holds another.
    lms.fail('getValue', 1);
    lms.fail('setValue', 1, '405');
    port.reportObjective({ id: 'grooming_signs', completion: 'incomplete', scorePercent: 40 });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('rejected cmi.objectives.0.id'));
    expect(lms.setLog().filter(([element]) => element.startsWith('cmi.objectives.0.'))).toEqual([]);
    port.reportObjective({ id: 'grooming_signs', completion: 'completed', scorePercent: 75 });
    expect(lms.values()).toMatchObject({
      'cmi.objectives.0.id': 'intro',
      'cmi.objectives.1.id': 'grooming_signs',
      'cmi.objectives.1.status': 'completed',
      'cmi.objectives.1.score.raw': '75',
    });
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 1.2 adapter: saving and finishing', () => {
  it('saves suspend data and the bookmark', () => {
    const { lms, port } = setUp();
    port.start();
    port.saveProgress('os1.HAxy', 'sample.step.check');
    expect(lms.values()).toMatchObject({ 'cmi.suspend_data': 'os1.HAxy', 'cmi.core.lesson_location': 'sample.step.check' });
  });

  it('refuses progress over 4,096 characters and says so, instead of letting the LMS truncate it', () => {
    const { lms, port, events } = setUp();
    port.start();
    port.saveProgress('x'.repeat(4097), 'menu');
    expect(lms.value('cmi.suspend_data')).toBe('');
    expect(events).toEqual([{ type: 'problem', problem: expect.objectContaining({ reason: 'too-large' }) }]);
    expect(lms.violations).toEqual([]);
  });

  it('exits with "suspend" and the session time while the learner has more to do', () => {
    const { lms, port, tick } = setUp();
    port.start();
    tick(3_723_450);
    port.finish({ finished: false });
    expect(lms.values()).toMatchObject({ 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '01:02:03.45' });
    expect(lms.setLog()).toContainEqual(['cmi.core.session_time', '0001:02:03.45']);
  });

  it('exits normally (exit "") when finished, terminating exactly once', () => {
    const { lms, port } = setUp();
    port.start();
    port.finish({ finished: true });
    port.finish({ finished: true });
    port.saveProgress('os1.HA', 'menu');
    port.commit();
    expect(lms.value('cmi.core.exit')).toBe('');
    expect(lms.count('terminate')).toBe(1);
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 1.2 adapter: the learner language preference', () => {
  it('keeps the language the learner chose as cmi.student_preference.language, read back at the next launch', () => {
    const { lms, port } = setUp({ data: { 'cmi.student_preference.language': 'cy' } });
    port.start();
    port.saveLanguage('ur');
    port.commit();
    expect(lms.values()['cmi.student_preference.language']).toBe('ur');
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 1.2 adapter: recording before its recorder has downloaded', () => {
  /** The 1.2 dialect with a recorder download the test ends (or fails) when it chooses. */
  function setUpDownload() {
    const lms = strictLms12();
    const logger = silentLogger();
    const asked: string[] = [];
    let finish: (outcome: 'arrive' | 'fail') => void = () => undefined;
    const recorder = () => {
      asked.push('recorder');
      return new Promise<RecorderFactory>((resolve, reject) => {
        finish = (outcome) => (outcome === 'arrive' ? resolve(scorm12Recorder) : reject(new Error('offline')));
      });
    };
    const port = createScormPort(scorm12Calls(lms.api), { ...scorm12Dialect, recorder }, { scheduler: new FakeScheduler(), logger });
    port.start();
    return { lms, logger, port, asked, finish: (outcome: 'arrive' | 'fail') => finish(outcome) };
  }

  it('keeps answers and module results reported early, and writes them in order once the records arrive', async () => {
    const { lms, port, finish } = setUpDownload();
    port.recordInteraction(answer('q-true', { type: 'true-false', value: true }, false));
    port.reportObjective({ id: 'grooming_signs', completion: 'incomplete', scorePercent: 40 });
    port.recordInteraction(answer('q-true', { type: 'true-false', value: false }, true));
    expect(Object.keys(lms.values()).filter((k) => k.startsWith('cmi.interactions.') || k.startsWith('cmi.objectives.'))).toEqual([]);
    finish('arrive');
    await vi.waitFor(() =>
      expect(lms.values()).toMatchObject({
        'cmi.interactions.0.student_response': 't',
        'cmi.objectives.0.id': 'grooming_signs',
        'cmi.objectives.0.status': 'incomplete',
        'cmi.interactions.1.student_response': 'f',
      }),
    );
    expect(lms.violations).toEqual([]);
  });

  it('downloads the recorder once however often it is prepared, and tries again after a failed download', async () => {
    const { lms, logger, port, asked, finish } = setUpDownload();
    const first = port.prepare();
    void port.prepare();
    finish('fail');
    await expect(first).rejects.toThrow('offline');
    port.recordInteraction(answer('q-true', { type: 'true-false', value: true }, false));
    expect(asked).toEqual(['recorder', 'recorder']);
    finish('arrive');
    await vi.waitFor(() => expect(lms.values()).toMatchObject({ 'cmi.interactions.0.student_response': 't' }));
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('says in the log what was lost when the session ends before the recorder arrives', () => {
    const { lms, logger, port } = setUpDownload();
    port.recordInteraction(answer('q-true', { type: 'true-false', value: true }, false));
    port.finish({ finished: false });
    expect(logger.warn).toHaveBeenCalledWith('Tracking: answers or module results not saved, as the session ended before the code that records them downloaded: 1');
    expect(lms.count('terminate')).toBe(1);
  });
});
