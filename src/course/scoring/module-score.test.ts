import { describe, expect, it } from 'vitest';
import { buildModule } from '../../testing/builders';
import { emptyModuleProgress, type ModuleProgress } from '../progress/progress-record';
import { moduleScore } from './module-score';

// The sample module: scenario "chat" (best path 2 points: tell) and a check of q-law and q-true.
const module = buildModule();

describe('moduleScore', () => {
  it('scores nothing done as 0 of the best possible', () => {
    expect(moduleScore(module, undefined)).toEqual({ points: 0, maxPoints: 4, percent: 0 });
  });

  it('adds the points of the path taken to the questions answered correctly', () => {
    const progress: ModuleProgress = {
      ...emptyModuleProgress(),
      scenarios: { chat: ['pay', 'tell-late'] },
      answers: { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: true } },
    };
    // pay (0) + tell-late (1) + q-law correct (1) + q-true wrong (0)
    expect(moduleScore(module, progress)).toEqual({ points: 2, maxPoints: 4, percent: 50 });
  });

  it('gives full marks for the best path and every answer right', () => {
    const progress: ModuleProgress = {
      ...emptyModuleProgress(),
      scenarios: { chat: ['tell'] },
      answers: { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: false } },
    };
    expect(moduleScore(module, progress).percent).toBe(100);
  });

  it('counts the best path when the learner tried another path, never more than the best possible', () => {
    const retried: ModuleProgress = { ...emptyModuleProgress(), scenarios: { chat: ['pay', 'hide'] }, scenarioAttempts: { chat: { earlier: 1, bestScore: 2 } } };
    expect(moduleScore(module, retried).points).toBe(2);
    const better: ModuleProgress = { ...retried, scenarios: { chat: ['tell'] }, scenarioAttempts: { chat: { earlier: 1, bestScore: 1 } } };
    expect(moduleScore(module, better).points).toBe(2);
    // Content changed since: a stored best above today's maximum counts as the maximum.
    expect(moduleScore(module, { ...retried, scenarioAttempts: { chat: { earlier: 1, bestScore: 9 } } }).points).toBe(2);
  });

  it('ignores bank questions the module never asks and choices that no longer exist', () => {
    const progress: ModuleProgress = {
      ...emptyModuleProgress(),
      scenarios: { chat: ['removed-choice'] },
      answers: { 'q-order': { type: 'ordering', order: ['first', 'second', 'third'] } },
    };
    expect(moduleScore(module, progress)).toEqual({ points: 0, maxPoints: 4, percent: 0 });
  });

  it('counts a module with nothing to score as 100%', () => {
    const lessonsOnly = buildModule({ steps: [{ id: 'welcome', type: 'lesson' }], scenarios: [], questions: [] });
    expect(moduleScore(lessonsOnly, emptyModuleProgress())).toEqual({ points: 0, maxPoints: 0, percent: 100 });
  });
});
