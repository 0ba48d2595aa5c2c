import { storedStamp } from './progress-codec-course';
import { MAX_ATTEMPT_COUNT, MAX_ATTEMPT_SCORE } from './progress-format-v1';
import type { AssessmentAttempt, ModuleProgress, ProgressRecord, ScenarioAttempts } from './progress-record';

/**
 * What saved progress keeps, so that its size has a bound whatever the learner does
 * (SCORM 1.2 allows 4,096 characters of suspend_data); also whole seconds of time spent,
 * capped (progress-codec-course.ts), and the course version only if a course could have it:
 * - at most MAX_KEPT_ATTEMPTS final-assessment attempts: all of them when the course
 *   limits attempts (the schema caps the limit at 10); with unlimited attempts the
 *   most recent ones plus the best-scoring one, so the best score is never lost;
 * - answers of the last attempt only (the one that can be resumed or reviewed);
 *   earlier attempts keep their seed and score.
 */
export const MAX_KEPT_ATTEMPTS = 10;

const scoreOf = (attempt: AssessmentAttempt): number => attempt.score ?? -1;

function keptAttempts(attempts: readonly AssessmentAttempt[]): AssessmentAttempt[] {
  if (attempts.length <= MAX_KEPT_ATTEMPTS) return [...attempts];
  const recent = attempts.slice(-MAX_KEPT_ATTEMPTS);
  const earlier = attempts.slice(0, -MAX_KEPT_ATTEMPTS);
  const bestEarlier = earlier.reduce<AssessmentAttempt | null>((best, a) => (best === null || scoreOf(a) > scoreOf(best) ? a : best), null);
  const bestRecent = Math.max(...recent.map(scoreOf));
  if (!bestEarlier || scoreOf(bestEarlier) <= bestRecent) return recent;
  return [bestEarlier, ...attempts.slice(-(MAX_KEPT_ATTEMPTS - 1))];
}

/** A score as stored: a whole percentage 0..100, or null while unsubmitted. */
export const storedScore = (score: number | null): number | null =>
  score === null || !Number.isFinite(score) ? null : Math.min(100, Math.max(0, Math.round(score)));

const clamp = (value: number, max: number): number => Math.min(max, Math.max(0, Math.round(value)));

/**
 * Scenario attempts as stored: counts and scores fit their fixed widths (a learner would
 * need 63 retries to reach the cap), and a module with none has no entry at all.
 */
function moduleAsStored(module: ModuleProgress): ModuleProgress {
  const { scenarioAttempts, ...rest } = module;
  const kept = Object.entries(scenarioAttempts ?? {}).flatMap(([id, a]): [string, ScenarioAttempts][] =>
    Number.isFinite(a.earlier) && a.earlier >= 1
      ? [[id, { earlier: clamp(a.earlier, MAX_ATTEMPT_COUNT), bestScore: Number.isFinite(a.bestScore) ? clamp(a.bestScore, MAX_ATTEMPT_SCORE) : 0 }]]
      : [],
  );
  // Block answers likewise: none is no entry (the text has no section to read one from).
  const { blocks, ...withoutBlocks } = rest;
  const base = blocks && Object.keys(blocks).length > 0 ? { ...withoutBlocks, blocks } : withoutBlocks;
  return kept.length > 0 ? { ...base, scenarioAttempts: Object.fromEntries(kept) } : base;
}

/** The progress record reduced to what saved progress keeps. */
export function progressAsStored(progress: ProgressRecord): ProgressRecord {
  const attempts = keptAttempts(progress.assessment.attempts);
  const { timeSpentSeconds: _time, courseVersion: _version, ...rest } = progress;
  return {
    ...rest,
    // The course section holds both: a version saved without a time reads back with none spent.
    ...storedStamp(progress),
    modules: Object.fromEntries(Object.entries(progress.modules).map(([id, m]) => [id, moduleAsStored(m)])),
    assessment: {
      attempts: attempts.map((attempt, i) => ({
        seed: attempt.seed >>> 0,
        score: storedScore(attempt.score),
        answers: i === attempts.length - 1 ? attempt.answers : {},
      })),
      ...(progress.assessment.open ? { open: true } : {}),
    },
  };
}
