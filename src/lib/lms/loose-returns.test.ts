import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { withProfile, type ApiCalls, type Operation } from '../../../preview/src/lms-profiles';
import type { ScormVersion } from '../../../preview/src/launch-options';
import { buildModule } from '../../testing/builders';
import { FakeScheduler } from '../../testing/fake-scheduler';
import { silentLogger } from '../../testing/silent-logger';
import type { Question } from '../../course/schema/module-schema';
import { interactionRecord } from './interaction-record';
import { asText, countOf } from './lms-connection';
import type { Scorm12Api, Scorm2004Api } from './scorm-api';
import { createScorm12Port } from './scorm12-adapter';
import { createScorm2004Port } from './scorm2004-adapter';
import type { TrackingEvent, TrackingPort } from './tracking-port';

/**
 * Every SCORM read answered with the types real LMSs give (issue 10): Moodle's numbers
 * for `_count` and scores, "" with error 0 for values not yet set, the SCORM 2004
 * primary objective already at cmi.objectives.0; and, beyond Moodle, an LMS that
 * answers true/false as booleans and every number-like read as a number. Tracking
 * must store every answer, every module objective under its own id, and never report
 * a problem.
 */

const METHODS: Record<ScormVersion, Record<Operation, string>> = {
  scorm12: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  scorm2004: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

type Looseness = 'moodle' | 'booleans-and-numbers';

/** Booleans for "true"/"false", numbers for anything that reads as one, error codes as numbers. */
const loosen = (calls: ApiCalls): ApiCalls => {
  const loose = (value: unknown): unknown => {
    const text = String(value);
    if (text === 'true' || text === 'false') return text === 'true';
    return text !== '' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
  };
  return Object.fromEntries(
    Object.entries(calls).map(([operation, call]) => [operation, operation === 'getErrorString' || operation === 'getDiagnostic' ? call : (...args: string[]) => loose(call(...args))]),
  ) as ApiCalls;
};

function setUp(version: ScormVersion, looseness: Looseness, earlier: Record<string, string> = {}) {
  const inner = version === 'scorm12' ? new Scorm12API({ logLevel: 5, lmsCommitUrl: false }) : new Scorm2004API({ logLevel: 5, lmsCommitUrl: false });
  inner.loadFromFlattenedJSON({ ...(version === 'scorm2004' ? { 'cmi.objectives.0.id': 'course.pass' } : {}), ...earlier });
  const table = inner as unknown as Record<string, (...args: string[]) => unknown>;
  const innerCalls = Object.fromEntries(
    Object.entries(METHODS[version]).map(([operation, method]) => [operation, (...args: string[]) => (table[method] as (...a: string[]) => unknown).apply(inner, args)]),
  ) as ApiCalls;
  const moodle = withProfile('moodle', version, innerCalls);
  const calls = looseness === 'moodle' ? moodle : loosen(moodle);
  const seen = new Map<string, Set<string>>();
  const api = Object.fromEntries(
    Object.entries(METHODS[version]).map(([operation, method]) => [
      method,
      (...args: string[]) => {
        const result = calls[operation as Operation](...args);
        if (operation === 'getValue') seen.set(typeof result, (seen.get(typeof result) ?? new Set()).add(args[0] ?? ''));
        return result;
      },
    ]),
  );
  const options = { scheduler: new FakeScheduler(), logger: silentLogger() };
  const port: TrackingPort = version === 'scorm12' ? createScorm12Port(api as unknown as Scorm12Api, options) : createScorm2004Port(api as unknown as Scorm2004Api, options);
  const events: TrackingEvent[] = [];
  port.subscribe((event) => events.push(event));
  const values = () => Object.fromEntries(Object.entries(inner.getFlattenedCMI()).map(([k, v]) => [k, String(v)]));
  return { port, events, values, seen, logger: options.logger };
}

const trueFalse = buildModule().questions.find((q) => q.id === 'q-true') as Question;
const answer = (n: number) =>
  interactionRecord(
    { kind: 'question', moduleId: 'sample', attempt: null, question: trueFalse, response: { type: 'true-false', value: n % 2 === 0 }, correct: n % 2 === 0 },
    { at: new Date(2025, 0, 1, 10, 0, n), latencyMs: 1000 },
  );

const cases = (['scorm12', 'scorm2004'] as const).flatMap((version) => (['moodle', 'booleans-and-numbers'] as const).map((looseness) => ({ version, looseness })));

describe.each(cases)('$version, reads answered as $looseness', ({ version, looseness }) => {
  it('stores every answer, every module objective under its own id, and reports no problem', async () => {
    const { port, events, values, seen, logger } = setUp(version, looseness);
    expect(port.start()).toMatchObject({ connected: true, suspendData: '', location: '' });
    await port.prepare();
    const answers = 7;
    for (let n = 0; n < answers; n += 1) {
      port.recordInteraction(answer(n));
      port.saveProgress(`os1.HAstep${n}`, `sample.step.${n}`);
      port.reportObjective({ id: 'contact', completion: 'incomplete', scorePercent: null });
      if (n % 3 === 2) expect(port.commit()).toBe(true);
    }
    port.reportObjective({ id: 'contact', completion: 'completed', scorePercent: 80 });
    port.reportObjective({ id: 'parents_contact', completion: 'completed', scorePercent: 100 });
    port.reportStatus({ completion: 'completed', success: 'passed', scorePercent: 90 });
    expect(port.commit()).toBe(true);
    // A second launch's reads come back as numbers now that scores and counts are set.
    const stored = values();

    const ids = Array.from({ length: answers }, (_, n) => stored[`cmi.interactions.${n}.id`]);
    expect(ids).toEqual(Array.from({ length: answers }, () => answer(0).id));
    expect(stored[`cmi.interactions.${answers}.id`]).toBeUndefined();
    const objectiveIds = Object.entries(stored).filter(([k]) => /^cmi\.objectives\.\d+\.id$/.test(k)).map(([, v]) => v);
    expect(objectiveIds).toEqual(version === 'scorm2004' ? ['course.pass', 'contact', 'parents_contact'] : ['contact', 'parents_contact']);
    const slot = version === 'scorm2004' ? 1 : 0;
    expect(stored[`cmi.objectives.${slot}.score.raw`]).toBe('80');
    expect(stored[`cmi.objectives.${slot + 1}.score.raw`]).toBe('100');
    if (version === 'scorm2004') expect(stored['cmi.objectives.0.score.raw']).toBe('');
    expect(stored['cmi.suspend_data']).toBe(`os1.HAstep${answers - 1}`);
    expect(events).toEqual([]);
    expect(logger.warn).not.toHaveBeenCalled();
    // The LMS did answer with numbers, and with "" for values never set.
    expect(seen.get('number')).toContain('cmi.objectives._count');
    expect(seen.get('number') ?? new Set()).toContain('cmi.interactions._count');
    port.finish({ finished: true });
    expect(events).toEqual([]);
  });

  it('reads an earlier result given as numbers and never lowers it', () => {
    const earlier: Record<string, string> =
      version === 'scorm12'
        ? { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90', 'cmi.core.entry': 'resume' }
        : { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90', 'cmi.score.scaled': '0.9', 'cmi.entry': 'resume' };
    const { port, events, values, seen } = setUp(version, looseness, earlier);
    expect(port.start().entry).toBe('resume');
    port.reportStatus({ completion: 'completed', success: 'failed', scorePercent: 40 });
    expect(port.commit()).toBe(true);
    const raw = version === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw';
    expect(values()[raw]).toBe('90');
    expect(values()[version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('passed');
    if (version === 'scorm12' || looseness === 'booleans-and-numbers') expect(seen.get('number')).toContain(raw);
    expect(events).toEqual([]);
  });
});

describe('reading loose values', () => {
  it('turns numbers, booleans and nothing into text', () => {
    expect([asText(3), asText(true), asText(''), asText(undefined), asText(null), asText('x')]).toEqual(['3', 'true', '', '', '', 'x']);
  });

  it('reads a count whatever its type, and anything unreadable as none', () => {
    expect([countOf(3), countOf('3'), countOf(' 4 '), countOf(2.0), countOf(''), countOf(undefined), countOf('n/a'), countOf(-1), countOf(true)]).toEqual([3, 3, 4, 2, 0, 0, 0, 0, 0]);
  });
});
