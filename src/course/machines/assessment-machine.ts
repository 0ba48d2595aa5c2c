import { and, assertEvent, assign, sendParent, setup } from 'xstate';
import type { Question } from '../schema/module-schema';
import type { Response } from '../progress/progress-record';
import { isAnswerable, isCorrect, percentage } from '../scoring/question-scoring';
import { hashString, shuffleAwayFromOrder } from '../random';
import type { AssessmentReport } from './events';

export type AssessmentMode = 'check' | 'final';

export interface AssessmentInput {
  /** Stable id of this check or attempt, e.g. "contact.check" or "assessment.2". */
  id: string;
  questions: readonly Question[];
  /** check: feedback after each question. final: no feedback until the results and review. */
  mode: AssessmentMode;
  /** Answers already given (resume). */
  answers?: Readonly<Record<string, Response>>;
  /** Percentage needed to pass (final mode). */
  passMark?: number;
}

export interface AssessmentContext {
  id: string;
  mode: AssessmentMode;
  questions: readonly Question[];
  index: number;
  /** The answer being composed for the current question; lives here, not in React state. */
  draft: Response | null;
  answers: Record<string, Response>;
  passMark: number | null;
  score: number | null;
  passed: boolean | null;
}

export interface AssessmentOutput {
  answers: Record<string, Response>;
  score: number;
  passed: boolean | null;
}

export type AssessmentEvent =
  | { type: 'answer.change'; response: Response }
  | { type: 'answer.submit' }
  | { type: 'nav.next' }
  | { type: 'review.open' }
  | { type: 'review.close' };

export const currentQuestion = (context: AssessmentContext): Question | undefined => context.questions[context.index];

/** Score of the answers given, as a percentage of all questions. */
export const scoreAnswers = (questions: readonly Question[], answers: Readonly<Record<string, Response>>): number => {
  const correct = questions.filter((q) => {
    const response = answers[q.id];
    return response !== undefined && isCorrect(q, response);
  }).length;
  return percentage(correct, questions.length);
};

/**
 * The starting draft: ordering questions start shuffled (never already solved),
 * seeded by the question and assessment ids so a resumed screen looks the same.
 */
export function initialDraft(question: Question, assessmentId: string): Response | null {
  if (question.type !== 'ordering') return null;
  return { type: 'ordering', order: shuffleAwayFromOrder(question.items, hashString(`${assessmentId}/${question.id}`)) };
}

const firstUnanswered = (questions: readonly Question[], answers: Readonly<Record<string, Response>>): number => {
  const index = questions.findIndex((q) => answers[q.id] === undefined);
  return index === -1 ? questions.length : index;
};

/**
 * Knowledge checks and the final assessment: one question at a time, the draft
 * answer in context, scoring against the pass mark, and a review of answers.
 */
export const assessmentMachine = setup({
  types: {
    context: {} as AssessmentContext,
    events: {} as AssessmentEvent,
    input: {} as AssessmentInput,
    output: {} as AssessmentOutput,
    tags: {} as 'answering' | 'feedback' | 'results' | 'review',
  },
  guards: {
    allAnswered: ({ context }) => context.index >= context.questions.length,
    isFinal: ({ context }) => context.mode === 'final',
    isLastQuestion: ({ context }) => context.index >= context.questions.length - 1,
    draftMatchesQuestion: ({ context, event }) => {
      assertEvent(event, 'answer.change');
      return currentQuestion(context)?.type === event.response.type;
    },
    canSubmit: ({ context }) => {
      const question = currentQuestion(context);
      return question !== undefined && isAnswerable(question, context.draft ?? undefined);
    },
  },
  actions: {
    prepareQuestion: assign(({ context }) => {
      const question = currentQuestion(context);
      if (!question) return {};
      return { draft: context.answers[question.id] ?? initialDraft(question, context.id) };
    }),
    reportShown: sendParent(({ context }): AssessmentReport => ({
      type: 'question.shown',
      assessmentId: context.id,
      questionId: currentQuestion(context)?.id ?? '',
    })),
    changeDraft: assign(({ event }) => {
      assertEvent(event, 'answer.change');
      return { draft: event.response };
    }),
    recordAnswer: assign(({ context }) => {
      const question = currentQuestion(context);
      if (!question || !context.draft) return {};
      return { answers: { ...context.answers, [question.id]: context.draft } };
    }),
    reportAnswer: sendParent(({ context }): AssessmentReport => {
      const question = currentQuestion(context);
      const response = question ? context.answers[question.id] : undefined;
      // Only reached after recordAnswer, which guarantees both; the fallback keeps types honest.
      if (!question || !response) return { type: 'assessment.progress', assessmentId: context.id, answers: context.answers };
      return { type: 'interaction.answer', assessmentId: context.id, question, response, correct: isCorrect(question, response) };
    }),
    reportProgress: sendParent(({ context }): AssessmentReport => ({
      type: 'assessment.progress',
      assessmentId: context.id,
      answers: context.answers,
    })),
    reportSubmitted: sendParent(({ context }): AssessmentReport => ({
      type: 'assessment.submitted',
      assessmentId: context.id,
      score: context.score ?? scoreAnswers(context.questions, context.answers),
      passed: context.passed,
    })),
    nextQuestion: assign(({ context }) => ({ index: context.index + 1 })),
    score: assign(({ context }) => {
      const score = scoreAnswers(context.questions, context.answers);
      return { score, passed: context.passMark === null ? null : score >= context.passMark };
    }),
  },
}).createMachine({
  id: 'assessment',
  context: ({ input }) => {
    const answers = { ...(input.answers ?? {}) };
    return {
      id: input.id,
      mode: input.mode,
      questions: input.questions,
      index: firstUnanswered(input.questions, answers),
      draft: null,
      answers,
      passMark: input.passMark ?? null,
      score: null,
      passed: null,
    };
  },
  initial: 'resuming',
  states: {
    resuming: {
      always: [
        // Everything answered before the learner left: show the results.
        { guard: 'allAnswered', target: 'results', actions: 'score' },
        { target: 'answering' },
      ],
    },
    answering: {
      tags: 'answering',
      entry: ['prepareQuestion', 'reportShown'],
      on: {
        'answer.change': { guard: 'draftMatchesQuestion', actions: 'changeDraft' },
        'answer.submit': [
          {
            guard: and(['isFinal', 'canSubmit']),
            target: 'nextOrResults',
            actions: ['recordAnswer', 'reportAnswer', 'reportProgress'],
          },
          { guard: 'canSubmit', target: 'feedback', actions: ['recordAnswer', 'reportAnswer', 'reportProgress'] },
        ],
      },
    },
    nextOrResults: {
      always: [
        { guard: 'isLastQuestion', target: 'results', actions: ['nextQuestion', 'score'] },
        { target: 'answering', actions: 'nextQuestion' },
      ],
    },
    feedback: {
      tags: 'feedback',
      on: {
        'nav.next': [
          { guard: 'isLastQuestion', target: 'results', actions: ['nextQuestion', 'score'] },
          { target: 'answering', actions: 'nextQuestion' },
        ],
      },
    },
    results: {
      tags: 'results',
      entry: 'reportSubmitted',
      on: {
        'review.open': 'review',
        'nav.next': 'done',
      },
    },
    review: {
      tags: 'review',
      on: { 'review.close': 'results', 'nav.next': 'done' },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({
    answers: context.answers,
    score: context.score ?? scoreAnswers(context.questions, context.answers),
    passed: context.passed,
  }),
});
