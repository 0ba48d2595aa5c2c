import type { QuestionInputProps } from './question-input-props';
import { SingleChoiceInput } from './single-choice-input';
import { MultipleChoiceInput } from './multiple-choice-input';
import { TrueFalseInput } from './true-false-input';
import { OrderingInput } from './ordering-input';
import { MatchingInput } from './matching-input';

/** The input for any question type. */
export function QuestionInput({ question, ...props }: QuestionInputProps) {
  switch (question.type) {
    case 'single-choice':
      return <SingleChoiceInput question={question} {...props} />;
    case 'multiple-choice':
      return <MultipleChoiceInput question={question} {...props} />;
    case 'true-false':
      return <TrueFalseInput question={question} {...props} />;
    case 'ordering':
      return <OrderingInput question={question} {...props} />;
    case 'matching':
      return <MatchingInput question={question} {...props} />;
  }
}
