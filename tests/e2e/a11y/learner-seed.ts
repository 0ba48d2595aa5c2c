import type { BrowserContext } from 'playwright-core';
import { attemptQuestions } from '../../../src/course/assessment-draw';
import { attemptSeed } from '../../../src/course/machines/course-rules';
import type { Course } from '../../../src/course/schema/course-schema';
import { bankQuestions, type QuestionBank } from '../../../src/course/assessment-draw';

/**
 * The final assessment draws its questions with a seed from the learner's base seed,
 * which a standalone course picks at random (crypto.getRandomValues in src/app/main.tsx).
 * To reach every question type on screen without leaving it to chance, the test picks a
 * base seed whose first attempt draws every type the bank has, with the course's own
 * draw (course-rules), and hands it to the page in place of the random number.
 */

const MAX_SEEDS_TRIED = 100_000;

export interface LearnerSeed {
  seed: number;
  /** The ids of the questions the first attempt asks, in order. */
  firstAttempt: string[];
}

/** The smallest base seed whose first attempt asks at least one question of every type in the bank. */
export function seedDrawingEveryType(course: Course, bank: QuestionBank): LearnerSeed {
  const types = new Set(bankQuestions(bank).map((question) => question.type));
  for (let seed = 1; seed <= MAX_SEEDS_TRIED; seed += 1) {
    const drawn = attemptQuestions(course, bank, { seed: attemptSeed(seed, 1), answers: {}, score: null });
    if (new Set(drawn.map((question) => question.type)).size === types.size) return { seed, firstAttempt: drawn.map((question) => question.id) };
  }
  throw new Error(
    `Course "${course.id}": no seed up to ${MAX_SEEDS_TRIED} draws all of ${[...types].join(', ')} in ${course.finalAssessment?.questionCount} questions; ` +
      'raise questionCount or test the missing types another way',
  );
}

/** Makes every page of the context get `seed` when it asks crypto for one random 32-bit number. */
export async function fixLearnerSeed(context: BrowserContext, seed: number): Promise<void> {
  await context.addInitScript((fixed: number) => {
    const random = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = <T extends Exclude<BufferSource, ArrayBuffer>>(array: T): T => {
      if (array instanceof Uint32Array && array.length === 1) {
        array[0] = fixed;
        return array;
      }
      return random(array);
    };
  }, seed);
}
