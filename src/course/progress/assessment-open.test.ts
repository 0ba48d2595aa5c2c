import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import { decodeProgress, encodeProgress } from './progress-codec';
import { progressLocation } from './location';
import type { ProgressRecord } from './progress-record';

/** A learner inside the final assessment: saved so that a relaunch reopens it (issue 10, part 5). */

const module = buildModule();
const content = { course: buildCourse(), modules: { [module.id]: module } };
const inAssessment = (): ProgressRecord => ({
  modules: {},
  assessment: { attempts: [{ seed: 12345, answers: { 'q-true': { type: 'true-false', value: true } }, score: null }], open: true },
  openModuleId: null,
});

describe('saved progress inside the final assessment', () => {
  it('keeps that the learner was in the unfinished attempt, and its answers', () => {
    const text = encodeProgress(inAssessment(), content);
    expect(decodeProgress(text, content)).toEqual({ progress: inAssessment(), warnings: [] });
    expect(progressLocation(inAssessment())).toBe('final-assessment');
  });

  it('is not written once the attempt is submitted, or when the learner is elsewhere', () => {
    const submitted = inAssessment();
    submitted.assessment.attempts[0]!.score = 60;
    expect(decodeProgress(encodeProgress(submitted, content), content).progress.assessment.open).toBeUndefined();
    const atMenu: ProgressRecord = { ...inAssessment(), assessment: { attempts: inAssessment().assessment.attempts } };
    const text = encodeProgress(atMenu, content);
    expect(decodeProgress(text, content).progress.assessment.open).toBeUndefined();
    expect(text.length).toBe(encodeProgress(inAssessment(), content).length - 4);
  });
});
