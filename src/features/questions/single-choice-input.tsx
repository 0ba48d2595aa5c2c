import type { SingleChoiceQuestion } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { QuestionInputProps } from './question-input-props';
import { QuestionFieldset } from './question-fieldset';
import { ChoiceOption } from './choice-option';
import { choiceMark } from './answer-mark';

/** One answer from several: a radio group (arrow keys move and select). */
export function SingleChoiceInput({ question, response, onChange, disabled, text, reveal = false }: QuestionInputProps<SingleChoiceQuestion>) {
  const selected = response?.type === 'single-choice' ? response.option : null;
  return (
    <QuestionFieldset legend={text.node(moduleText.questionPrompt(question.id))} disabled={disabled}>
      {question.options.map((option) => (
        <ChoiceOption
          key={option.id}
          type="radio"
          name={`question-${question.id}`}
          label={text.node(moduleText.questionOption(question.id, option.id))}
          checked={selected === option.id}
          mark={reveal ? choiceMark(selected === option.id, option.correct) : null}
          onSelect={() => onChange({ type: 'single-choice', option: option.id })}
        />
      ))}
    </QuestionFieldset>
  );
}
