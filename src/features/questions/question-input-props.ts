import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';

/**
 * Every question input is controlled: the draft answer lives in the assessment
 * machine (`answer.change`), the input shows `response` and reports changes.
 */
export interface QuestionInputProps<Q extends Question = Question> {
  question: Q;
  /** The draft answer, or null before the learner has answered. */
  response: Response | null;
  onChange: (response: Response) => void;
  /** After submitting, the answer is shown but can no longer change. */
  disabled: boolean;
  /** Mark each option or item right or wrong against the learner's answer (a knowledge check's feedback). */
  reveal?: boolean;
  /** Text of the question's module namespace. */
  text: MarkedContentText;
}
