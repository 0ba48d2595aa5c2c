import type { Question } from '../schema/module-schema';
import type { Response } from '../progress/progress-record';

/** The response that would be marked correct: what the LMS is told as the correct pattern. */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single-choice': {
      const correct = question.options.find((o) => o.correct);
      // Validation guarantees exactly one correct option; this guards programmer error only.
      if (!correct) throw new Error(`Question "${question.id}" has no correct option`);
      return { type: 'single-choice', option: correct.id };
    }
    case 'multiple-choice':
      return { type: 'multiple-choice', options: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: [...question.items] };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(question.prompts.map((p) => [p.id, p.match])) };
  }
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

/** Whether a response answers the question correctly. A response of the wrong type is wrong. */
export function isCorrect(question: Question, response: Response): boolean {
  switch (question.type) {
    case 'single-choice':
      return response.type === 'single-choice' && question.options.some((o) => o.correct && o.id === response.option);
    case 'multiple-choice':
      return (
        response.type === 'multiple-choice' &&
        sameSet(
          response.options,
          question.options.filter((o) => o.correct).map((o) => o.id),
        )
      );
    case 'true-false':
      return response.type === 'true-false' && response.value === question.answer;
    case 'ordering':
      return (
        response.type === 'ordering' &&
        response.order.length === question.items.length &&
        response.order.every((id, i) => id === question.items[i])
      );
    case 'matching':
      return (
        response.type === 'matching' &&
        Object.keys(response.pairs).length === question.prompts.length &&
        question.prompts.every((p) => response.pairs[p.id] === p.match)
      );
  }
}

/** Whether a response is complete enough to submit (every part answered). */
export function isAnswerable(question: Question, response: Response | undefined): response is Response {
  if (!response || response.type !== question.type) return false;
  switch (response.type) {
    case 'single-choice':
      return response.option !== '';
    case 'multiple-choice':
      return response.options.length > 0;
    case 'true-false':
      return true;
    case 'ordering':
      return question.type === 'ordering' && response.order.length === question.items.length;
    case 'matching':
      return question.type === 'matching' && question.prompts.every((p) => Boolean(response.pairs[p.id]));
  }
}

/** Percentage 0..100, rounded to a whole number, as both SCORM versions report it. */
export const percentage = (points: number, maxPoints: number): number =>
  maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100);
