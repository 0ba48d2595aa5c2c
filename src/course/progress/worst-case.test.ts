import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWithProgressArb, preferencesArb } from '../../testing/progress-arbitraries';
import { CourseSchema, type Course } from '../schema/course-schema';
import { COURSE_VERSION_MAX_LENGTH } from '../schema/course-version-pattern';
import { ModuleSchema, type Module, type Question } from '../schema/module-schema';
import { decodeProgress, encodeProgress } from './progress-codec';
import { fullestProgress, worstCaseProgressLength } from './worst-case';

const SCORM12_SUSPEND_DATA_LIMIT = 4096;
const SUSPEND_DATA_TARGET = 1000;

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);

/** A chain of decision nodes, `choices` at each, every choice moving on to the next node. */
function scenario(id: string, decisions: number, choices: number) {
  const nodeIds = ids('decision', decisions);
  return {
    id,
    perspective: 'adult',
    start: nodeIds[0],
    nodes: [
      ...nodeIds.map((nodeId, i) => ({
        id: nodeId,
        choices: ids('respond-calmly', choices).map((choiceId, c) => ({ id: choiceId, next: nodeIds[i + 1] ?? 'ending', score: c % 3 })),
      })),
      { id: 'ending', choices: [] },
    ],
  };
}

function questionsOfEveryType(prefix: string, size: number): Question[] {
  return [
    { id: `${prefix}-single`, cites: [], type: 'single-choice', options: ids('option', size).map((o, i) => ({ id: o, correct: i === 0 })) },
    { id: `${prefix}-multiple`, cites: [], type: 'multiple-choice', options: ids('option', size).map((o, i) => ({ id: o, correct: i < 2 })) },
    { id: `${prefix}-true-false`, cites: [], type: 'true-false', answer: true },
    { id: `${prefix}-ordering`, cites: [], type: 'ordering', items: ids('step', size) },
    { id: `${prefix}-matching`, cites: [], type: 'matching', prompts: ids('prompt', size).map((p, i) => ({ id: p, match: `target-${i + 1}` })), targets: ids('target', size) },
  ];
}

interface Shape {
  modules: number;
  scenarios: number;
  decisions: number;
  choices: number;
  /** Repeats of the five question types in each module's bank, all asked in its knowledge check. */
  questionSets: number;
  /** Options, items or prompts per question. */
  size: number;
  questionCount: number;
  maxAttempts: number;
}

function syntheticCourse(shape: Shape): { course: Course; modules: Record<string, Module> } {
  const moduleIds = ids('module', shape.modules);
  const modules = moduleIds.map((moduleId) => {
    const scenarios = ids(`${moduleId}-scenario`, shape.scenarios).map((id) => scenario(id, shape.decisions, shape.choices));
    const questions = Array.from({ length: shape.questionSets }, (_, i) => questionsOfEveryType(`${moduleId}-set-${i + 1}`, shape.size)).flat();
    return ModuleSchema.parse({
      id: moduleId,
      kind: 'contact',
      objectives: ['recognise-risk'],
      steps: [
        { id: 'welcome', type: 'lesson' },
        ...scenarios.map((s) => ({ id: `play-${s.id}`, type: 'scenario', scenario: s.id })),
        { id: 'check', type: 'knowledge-check', questions: questions.map((q) => q.id) },
      ],
      scenarios,
      questions,
    });
  });
  const course = CourseSchema.parse({
    id: 'synthetic',
    audience: 'practitioners',
    locales: ['en-GB'],
    modules: moduleIds.map((id) => ({ id })),
    unlocking: 'sequential',
    finalAssessment: { questionCount: shape.questionCount, passMark: 80, maxAttempts: shape.maxAttempts },
  });
  return { course, modules: Object.fromEntries(modules.map((m) => [m.id, m])) };
}

describe('worst-case progress size', () => {
  it('is the size of the fullest progress, which the codec saves and restores in full', () => {
    const { course, modules } = syntheticCourse({ modules: 12, scenarios: 3, decisions: 6, choices: 3, questionSets: 2, size: 8, questionCount: 50, maxAttempts: 0 });
    const fullest = fullestProgress(course, modules);
    const preferences = { textSize: 'large', highContrast: false, readableFont: true, reducedMotion: false } as const;
    const text = encodeProgress(fullest, { course, modules }, { preferences, language: 'en-GB' });
    expect(worstCaseProgressLength(course, modules)).toBe(text.length);
    expect(decodeProgress(text, { course, modules })).toEqual({ progress: fullest, preferences, language: 'en-GB', warnings: [] });
  });

  it('exceeds the SCORM 1.2 limit for a very large course, so packaging refuses it', () => {
    const { course, modules } = syntheticCourse({ modules: 12, scenarios: 3, decisions: 6, choices: 3, questionSets: 2, size: 8, questionCount: 50, maxAttempts: 0 });
    expect(worstCaseProgressLength(course, modules)).toBeGreaterThan(SCORM12_SUSPEND_DATA_LIMIT);
  });

  it('stays near the 1,000-character target for a course of the planned size', () => {
    // Eight modules, two four-decision scenarios each, a five-question check, 15 final questions, 3 attempts.
    const { course, modules } = syntheticCourse({ modules: 8, scenarios: 2, decisions: 4, choices: 3, questionSets: 1, size: 4, questionCount: 15, maxAttempts: 3 });
    const fullest = fullestProgress(course, modules);
    // With a version of the usual length, such as "1.4.0".
    const neverRetried = { ...fullest, courseVersion: '1.4.0', modules: Object.fromEntries(Object.entries(fullest.modules).map(([id, { scenarioAttempts: _retries, ...m }]) => [id, m])) };
    expect(encodeProgress(neverRetried, { course, modules }, { preferences: { textSize: 'larger', highContrast: true, readableFont: true, reducedMotion: true } }).length).toBeLessThanOrEqual(SUSPEND_DATA_TARGET);
    // "Try another path" on every one of the 16 scenarios adds 5 characters each; time spent and version 32.
    expect(worstCaseProgressLength(course, modules)).toBeLessThanOrEqual(SUSPEND_DATA_TARGET + 16 * 5 + 8 + COURSE_VERSION_MAX_LENGTH);
  });

  it('counts the course section: time spent and the longest version a build can save', () => {
    const { course, modules } = syntheticCourse({ modules: 8, scenarios: 2, decisions: 4, choices: 3, questionSets: 1, size: 4, questionCount: 15, maxAttempts: 3 });
    const fullest = fullestProgress(course, modules);
    expect(fullest.timeSpentSeconds).toBe(64 ** 4 - 1);
    expect(fullest.courseVersion).toHaveLength(COURSE_VERSION_MAX_LENGTH);
    const { timeSpentSeconds: _time, courseVersion: _version, ...withoutCourseSection } = fullest;
    const content = { course, modules };
    // "." + "C" + 4 digits of seconds + the version + 2 of checksum.
    expect(encodeProgress(fullest, content).length - encodeProgress(withoutCourseSection, content).length).toBe(8 + COURSE_VERSION_MAX_LENGTH);
    expect(decodeProgress(encodeProgress(fullest, content), content)).toEqual({ progress: fullest, warnings: [] });
  });

  it('bounds unlimited attempts: a hundred attempts take no more room than the worst case', () => {
    const { course, modules } = syntheticCourse({ modules: 2, scenarios: 1, decisions: 2, choices: 2, questionSets: 1, size: 3, questionCount: 5, maxAttempts: 0 });
    const fullest = fullestProgress(course, modules);
    const last = fullest.assessment.attempts.at(-1);
    const many = { ...fullest, assessment: { attempts: Array.from({ length: 100 }, (_, i) => ({ seed: i, score: i % 100, answers: last?.answers ?? {} })) } };
    expect(encodeProgress(many, { course, modules }).length).toBeLessThanOrEqual(worstCaseProgressLength(course, modules));
  });

  it('is never exceeded by any progress that can happen in the content', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(contentWithProgressArb(), fc.option(preferencesArb, { nil: null }), ({ content, progress }, preferences) => {
        expect(encodeProgress(progress, content, { preferences }).length).toBeLessThanOrEqual(worstCaseProgressLength(content.course, content.modules));
      }),
      { numRuns: 150 },
    );
  });

  it('names the modules whose content is missing', () => {
    const { course, modules } = syntheticCourse({ modules: 3, scenarios: 0, decisions: 1, choices: 1, questionSets: 1, size: 2, questionCount: 1, maxAttempts: 1 });
    const { ['module-2']: _missing, ...others } = modules;
    expect(() => worstCaseProgressLength(course, others)).toThrow('course "synthetic" has no content for module(s) "module-2"');
  });
});
