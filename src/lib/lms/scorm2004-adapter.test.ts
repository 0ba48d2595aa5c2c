import { describe, expect, it } from 'vitest';
import { buildModule } from '../../testing/builders';
import { FakeScheduler } from '../../testing/fake-scheduler';
import { silentLogger } from '../../testing/silent-logger';
import { strictLms2004, type StrictLmsOptions } from '../../testing/strict-lms';
import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import { interactionRecord } from './interaction-record';
import { createScorm2004Port } from './scorm2004-adapter';
import type { TrackingEvent } from './tracking-port';

const questions = new Map(buildModule().questions.map((q) => [q.id, q]));
const question = (id: string) => questions.get(id) as Question;
const at = new Date(Date.UTC(2025, 2, 1, 9, 30, 5, 250));

function setUp(options: StrictLmsOptions = {}) {
  const lms = strictLms2004(options);
  const logger = silentLogger();
  let clock = 5_000_000;
  const port = createScorm2004Port(lms.api, { scheduler: new FakeScheduler(), logger, now: () => clock });
  const events: TrackingEvent[] = [];
  port.subscribe((e) => events.push(e));
  return { lms, port, events, tick: (ms: number) => (clock += ms) };
}

const answer = (questionId: string, response: Response, correct: boolean, attempt = 2) =>
  interactionRecord({ kind: 'question', moduleId: null, attempt, question: question(questionId), response, correct }, { at, latencyMs: 65_500 });

const interactionFields = (values: Record<string, string>, index = 0) =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k.startsWith(`cmi.interactions.${index}.`))
      .map(([k, v]) => [k.slice(`cmi.interactions.${index}.`.length), v]),
  );

describe('SCORM 2004 adapter: start', () => {
  it('reads the learner, saved progress, bookmark and language', () => {
    const { lms, port } = setUp({
      data: {
        'cmi.learner_id': 'jbloggs',
        'cmi.learner_name': 'Bloggs, Jo',
        'cmi.entry': 'resume',
        'cmi.location': 'sample.summary',
        'cmi.suspend_data': 'os1.HA',
        'cmi.learner_preference.language': 'cy',
      },
    });
    expect(port.start()).toEqual({
      connected: true,
      entry: 'resume',
      suspendData: 'os1.HA',
      location: 'sample.summary',
      learnerId: 'jbloggs',
      learnerName: 'Bloggs, Jo',
      language: 'cy',
    });
    expect(lms.violations).toEqual([]);
  });

  it('starts with nothing saved when the LMS has no location or suspend data yet', () => {
    const { port } = setUp();
    expect(port.start()).toMatchObject({ connected: true, suspendData: '', location: '', learnerId: null });
  });
});

describe('SCORM 2004 adapter: status and score', () => {
  it('sets completion and success separately, explicitly', () => {
    const { lms, port } = setUp();
    port.start();
    port.reportStatus({ completion: 'completed', success: 'unknown', scorePercent: null });
    expect(lms.values()).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown' });
    port.reportStatus({ completion: 'completed', success: 'failed', scorePercent: 55 });
    expect(lms.values()).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' });
  });

  it('reports the score as raw 0..100 for Moodle and as scaled 0..1', () => {
    const { lms, port } = setUp();
    port.start();
    port.reportStatus({ completion: 'completed', success: 'passed', scorePercent: 85 });
    expect(lms.values()).toMatchObject({
      'cmi.score.raw': '85',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.85',
      'cmi.success_status': 'passed',
    });
    expect(lms.violations).toEqual([]);
  });

  it('marks the course incomplete rather than "not attempted" once launched', () => {
    const { lms, port } = setUp();
    port.start();
    port.reportStatus({ completion: 'not attempted', success: 'unknown', scorePercent: null });
    expect(lms.value('cmi.completion_status')).toBe('incomplete');
  });

  it('never lowers a pass the LMS already had', () => {
    const { lms, port } = setUp({ data: { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '92' } });
    port.start();
    port.reportStatus({ completion: 'incomplete', success: 'unknown', scorePercent: null });
    expect(lms.values()).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '92' });
  });
});

describe('SCORM 2004 adapter: interactions', () => {
  it.each([
    ['single choice', answer('q-law', { type: 'single-choice', option: 'b' }, false), { type: 'choice', learner_response: 'b', 'correct_responses.0.pattern': 'a', result: 'incorrect' }],
    ['multiple choice', answer('q-many', { type: 'multiple-choice', options: ['y', 'x'] }, true), { type: 'choice', learner_response: 'y[,]x', 'correct_responses.0.pattern': 'x[,]y', result: 'correct' }],
    ['true/false', answer('q-true', { type: 'true-false', value: false }, true), { type: 'true-false', learner_response: 'false', 'correct_responses.0.pattern': 'false', result: 'correct' }],
    ['ordering', answer('q-order', { type: 'ordering', order: ['third', 'first', 'second'] }, false), { type: 'sequencing', learner_response: 'third[,]first[,]second', 'correct_responses.0.pattern': 'first[,]second[,]third' }],
    ['matching', answer('q-match', { type: 'matching', pairs: { p1: 't2', p2: 't1' } }, false), { type: 'matching', learner_response: 'p1[.]t2[,]p2[.]t1', 'correct_responses.0.pattern': 'p1[.]t1[,]p2[.]t2' }],
  ])('records a %s answer in 2004 formats', async (_, record, expected) => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    port.recordInteraction(record);
    expect(interactionFields(lms.values())).toMatchObject({
      id: record.id,
      timestamp: '2025-03-01T09:30:05.25Z',
      latency: 'PT1M5.5S',
      description: expect.stringContaining('Final assessment attempt 2'),
      ...expected,
    });
    expect(lms.violations).toEqual([]);
  });

  it('gives final-assessment answers ids per attempt, with hyphens mapped for Moodle', () => {
    expect(answer('q-law', { type: 'single-choice', option: 'a' }, true, 3).id).toBe('final_3__q_law');
  });

  it('records a scenario choice as neutral with its points in the weighting and description', async () => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    port.recordInteraction(
      interactionRecord({ kind: 'choice', moduleId: 'sample', scenarioId: 'chat', nodeId: 'request', choiceId: 'pay', score: 0, maxChoiceScore: 2 }, { at, latencyMs: null }),
    );
    expect(interactionFields(lms.values())).toMatchObject({
      id: 'sc__sample__chat__request',
      type: 'choice',
      learner_response: 'pay',
      result: 'neutral',
      weighting: '0',
      description: 'Scenario chat, request: chose pay, 0 of 2 points',
    });
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 2004 adapter: objectives', () => {
  it('reports each module with completion, success and score', async () => {
    const { lms, port } = setUp();
    port.start();
    await port.prepare();
    port.reportObjective({ id: 'grooming_signs', completion: 'completed', scorePercent: 80 });
    expect(lms.values()).toMatchObject({
      'cmi.objectives.0.id': 'grooming_signs',
      'cmi.objectives.0.completion_status': 'completed',
      'cmi.objectives.0.success_status': 'unknown',
      'cmi.objectives.0.score.raw': '80',
      'cmi.objectives.0.score.scaled': '0.8',
    });
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 2004 adapter: finishing', () => {
  it('exits with "suspend" while unfinished, so Moodle offers to resume, with an ISO 8601 session time', () => {
    const { lms, port, tick } = setUp();
    port.start();
    tick(3_930_500);
    port.finish({ finished: false });
    expect(lms.setLog()).toEqual(expect.arrayContaining([['cmi.exit', 'suspend'], ['cmi.session_time', 'PT1H5M30.5S']]));
    expect(lms.count('terminate')).toBe(1);
  });

  it('exits "normal" when finished, and terminates once', () => {
    const { lms, port } = setUp();
    port.start();
    port.finish({ finished: true });
    port.finish({ finished: false });
    expect(lms.setLog()).toContainEqual(['cmi.exit', 'normal']);
    expect(lms.count('terminate')).toBe(1);
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 2004 adapter: the learner language preference', () => {
  it('keeps the language the learner chose as cmi.learner_preference.language', () => {
    const { lms, port } = setUp();
    port.start();
    port.saveLanguage('en-GB');
    port.commit();
    expect(lms.values()['cmi.learner_preference.language']).toBe('en-GB');
    expect(lms.violations).toEqual([]);
  });
});
