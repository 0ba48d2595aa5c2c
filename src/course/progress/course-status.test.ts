import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import { courseStatus } from './course-status';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from './progress-record';
import { moduleScores } from '../scoring/module-score';
import type { Course } from '../schema/course-schema';

const sample = buildModule();
const second = buildModule({ id: 'second' });
const modules = { sample, second };
const done = { ...emptyModuleProgress(), completed: true };
const statusOf = (course: Course, progress: ProgressRecord) => courseStatus(course, progress, moduleScores(modules));

const withModules = (entries: ProgressRecord['modules'], scores: (number | null)[] = []): ProgressRecord => ({
  ...emptyProgress(),
  modules: entries,
  assessment: { attempts: scores.map((score, i) => ({ seed: i, score, answers: {} })) },
});

describe('courseStatus with a final assessment (pass mark 80, 2 attempts)', () => {
  const course = buildCourse();

  it('is not attempted before anything is done', () => {
    expect(statusOf(course, emptyProgress())).toMatchObject({ completion: 'not attempted', success: 'unknown', scorePercent: null, finished: false });
  });

  it('is incomplete while a required module is unfinished', () => {
    expect(statusOf(course, withModules({ sample: done }))).toMatchObject({ completion: 'incomplete', success: 'unknown', finished: false });
  });

  it('is completed, success unknown, when every required module is done but no attempt is submitted', () => {
    expect(statusOf(course, withModules({ sample: done, second: done }, [null]))).toMatchObject({
      completion: 'completed',
      success: 'unknown',
      scorePercent: null,
      finished: false,
    });
  });

  it('is failed but not finished while attempts remain', () => {
    expect(statusOf(course, withModules({ sample: done, second: done }, [60]))).toMatchObject({ success: 'failed', scorePercent: 60, finished: false });
  });

  it('is failed and finished when no attempts remain', () => {
    expect(statusOf(course, withModules({ sample: done, second: done }, [60, 70]))).toMatchObject({ success: 'failed', scorePercent: 70, finished: true });
  });

  it('is passed on the best score and finished', () => {
    expect(statusOf(course, withModules({ sample: done, second: done }, [90, 50]))).toMatchObject({ completion: 'completed', success: 'passed', scorePercent: 90, finished: true });
  });

  it('reports each module with its score, and no score for a module whose content is not loaded', () => {
    const status = courseStatus(course, withModules({ sample: { ...emptyModuleProgress(), scenarios: { chat: ['tell'] } }, second: done }), moduleScores({ sample }));
    expect(status.modules).toEqual([
      { moduleId: 'sample', required: true, completion: 'incomplete', scorePercent: 50 },
      { moduleId: 'second', required: true, completion: 'completed', scorePercent: null },
    ]);
  });
});

describe('courseStatus without a final assessment', () => {
  const course = buildCourse({ finalAssessment: undefined, modules: [{ id: 'sample' }, { id: 'second', required: false }] });

  it('is passed and finished when every required module is done, ignoring optional ones', () => {
    const perfect = { ...done, scenarios: { chat: ['tell'] }, answers: { 'q-law': { type: 'single-choice' as const, option: 'a' }, 'q-true': { type: 'true-false' as const, value: false } } };
    expect(statusOf(course, withModules({ sample: perfect }))).toMatchObject({ completion: 'completed', success: 'passed', scorePercent: 100, finished: true });
  });

  it('has no score while its required modules are incomplete', () => {
    expect(statusOf(course, withModules({ second: done }))).toMatchObject({ completion: 'incomplete', success: 'unknown', scorePercent: null });
  });
});
