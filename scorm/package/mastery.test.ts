import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canStartAssessment, isModuleUnlocked } from '../../src/course/machines/course-rules';
import { courseStatus } from '../../src/course/progress/course-status';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../src/course/progress/progress-record';
import type { Course } from '../../src/course/schema/course-schema';
import { masteryDecision, passMarkAsNormalizedMeasure } from './mastery';

const course = (finalAssessment: Course['finalAssessment']): Course => ({
  id: 'demo',
  audience: 'practitioners',
  locales: ['en-GB'],
  modules: [
    { id: 'first', required: true },
    { id: 'second', required: true },
    { id: 'extra', required: false },
  ],
  unlocking: 'sequential',
  finalAssessment,
});

/** Moodle's "Mastery score overrides status" at LMSFinish (mod/scorm/datamodels/scorm_12.js, StoreData). */
const moodleStatusAtFinish = (reported: string, raw: number | null, mastery: number | null): string =>
  mastery !== null && raw !== null ? (raw >= mastery ? 'passed' : 'failed') : reported;

type Action = { type: 'complete'; moduleIndex: number } | { type: 'attempt'; score: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.integer({ min: 0, max: 2 }).map((moduleIndex) => ({ type: 'complete' as const, moduleIndex })),
  fc.integer({ min: 0, max: 100 }).map((score) => ({ type: 'attempt' as const, score })),
);

/** Applies a learner action only when the course's own rules allow it, as the course machine does. */
function apply(c: Course, progress: ProgressRecord, action: Action): ProgressRecord {
  if (action.type === 'complete') {
    const id = c.modules[action.moduleIndex]?.id;
    if (!id || !isModuleUnlocked(c, progress, id)) return progress;
    return { ...progress, modules: { ...progress.modules, [id]: { ...emptyModuleProgress(), completed: true } } };
  }
  if (!canStartAssessment(c, progress)) return progress;
  return { ...progress, assessment: { attempts: [...progress.assessment.attempts, { seed: 1, answers: {}, score: action.score }] } };
}

describe('masteryDecision', () => {
  it('states the pass mark when the assessment needs every module first', () => {
    const decision = masteryDecision(course({ questionCount: 5, passMark: 80, maxAttempts: 3, requiresAllModules: true }));

    expect(decision).toEqual({ include: true, passMark: 80 });
  });

  it('leaves it out when the assessment can come before the modules are complete', () => {
    expect(masteryDecision(course({ questionCount: 5, passMark: 80, maxAttempts: 0, requiresAllModules: false })).include).toBe(false);
  });

  it('leaves it out when there is no final assessment', () => {
    expect(masteryDecision(course(undefined)).include).toBe(false);
  });

  it('writes the 2004 measure exactly (80 → 0.8, 7 → 0.07)', () => {
    expect(passMarkAsNormalizedMeasure(80)).toBe('0.8');
    expect(passMarkAsNormalizedMeasure(7)).toBe('0.07');
    expect(Number(passMarkAsNormalizedMeasure(70))).toBe(70 / 100);
  });

  it("gives Moodle's mastery override the same status as ours whenever a score exists (stated pass mark)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(actionArb, { maxLength: 12 }),
        (passMark, maxAttempts, actions) => {
          const c = course({ questionCount: 5, passMark, maxAttempts, requiresAllModules: true });
          const decision = masteryDecision(c);
          const mastery = decision.include ? decision.passMark : null;
          let progress = emptyProgress();
          for (const action of actions) {
            progress = apply(c, progress, action);
            const status = courseStatus(c, progress, () => null);
            if (status.scorePercent === null) continue;
            // A score exists only once the course is complete, and Moodle's recomputation agrees with our pass/fail.
            expect(status.completion).toBe('completed');
            expect(moodleStatusAtFinish(status.success, status.scorePercent, mastery)).toBe(status.success);
          }
        },
      ),
    );
  });

  it('would let Moodle overwrite "incomplete" if the pass mark were stated for an assessment open before the modules', () => {
    const c = course({ questionCount: 5, passMark: 80, maxAttempts: 0, requiresAllModules: false });
    const progress = apply(c, emptyProgress(), { type: 'attempt', score: 90 });
    const status = courseStatus(c, progress, () => null);

    expect(status.completion).toBe('incomplete');
    expect(moodleStatusAtFinish(status.completion, status.scorePercent, 80)).toBe('passed');
    expect(masteryDecision(c).include).toBe(false);
  });
});
