import type { Question } from '../../../src/course/schema/module-schema';
import type { Response } from '../../../src/course/progress/progress-record';

/** A complete but wrong answer for each question type, for tests that need one. */
export function wrongResponse(question: Question): Response {
  switch (question.type) {
    case 'single-choice': {
      const wrong = question.options.find((o) => !o.correct);
      return { type: 'single-choice', option: wrong?.id ?? '' };
    }
    case 'multiple-choice':
      return { type: 'multiple-choice', options: question.options.filter((o) => !o.correct).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: !question.answer };
    case 'ordering':
      return { type: 'ordering', order: [...question.items].reverse() };
    case 'matching': {
      const targets = question.prompts.map((p) => p.match);
      // Rotating the targets gives every prompt a target that is not its own.
      return { type: 'matching', pairs: Object.fromEntries(question.prompts.map((p, i) => [p.id, targets[(i + 1) % targets.length] ?? ''])) };
    }
  }
}
