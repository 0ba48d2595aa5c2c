import type { Question } from '../../src/course/schema/module-schema';
import { moduleText } from '../../src/course/module-text-keys';
import type { ContentModule, CourseContent } from '../lib/course-content';
import { uiStrings, uiText } from './ui-text';

/**
 * The right answers, by the labels a learner sees, so the scripted learner can pass
 * knowledge checks and the final assessment whatever questions are drawn.
 */

export type Answer =
  /** Radios or checkboxes to tick (single choice, multiple choice, true/false). */
  | { kind: 'tick'; labels: string[] }
  /** Items in the right order, first first. */
  | { kind: 'order'; labels: string[] }
  /** For each prompt (a labelled select), the target to choose. */
  | { kind: 'match'; pairs: { prompt: string; target: string }[] };

export interface QuestionAnswer {
  moduleId: string;
  questionId: string;
  /** The question's prompt: the legend of its fieldset. */
  prompt: string;
  answer: Answer;
}

function answerFor(question: Question, entry: ContentModule): Answer {
  const q = question.id;
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { kind: 'tick', labels: question.options.filter((o) => o.correct).map((o) => entry.text(moduleText.questionOption(q, o.id))) };
    case 'true-false':
      return { kind: 'tick', labels: [uiText(question.answer ? uiStrings.question.true : uiStrings.question.false)] };
    case 'ordering':
      return { kind: 'order', labels: question.items.map((item) => entry.text(moduleText.questionItem(q, item))) };
    case 'matching':
      return {
        kind: 'match',
        pairs: question.prompts.map((p) => ({
          prompt: entry.text(moduleText.questionMatchPrompt(q, p.id)),
          target: entry.text(moduleText.questionMatchTarget(q, p.match)),
        })),
      };
  }
}

export function answerKey(content: CourseContent): QuestionAnswer[] {
  return content.modules.flatMap((entry) =>
    entry.module.questions.map((question) => ({
      moduleId: entry.module.id,
      questionId: question.id,
      prompt: entry.text(moduleText.questionPrompt(question.id)),
      answer: answerFor(question, entry),
    })),
  );
}

/** Every scenario choice label with its score, best first: the learner takes the best choice offered. */
export function choicesByScore(content: CourseContent): { label: string; score: number }[] {
  const choices = content.modules.flatMap((entry) =>
    entry.module.scenarios.flatMap((scenario) =>
      scenario.nodes.flatMap((node) =>
        node.choices.map((choice) => ({
          label: entry.text(moduleText.choiceLabel(scenario.id, node.id, choice.id)),
          score: choice.score,
        })),
      ),
    ),
  );
  return choices.sort((a, b) => b.score - a.score);
}
