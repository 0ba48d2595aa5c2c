import { useTranslation } from 'react-i18next';
import type { TrueFalseQuestion } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { QuestionInputProps } from './question-input-props';
import { QuestionFieldset } from './question-fieldset';
import { ChoiceOption } from './choice-option';
import { choiceMark } from './answer-mark';

const VALUES = [true, false] as const;

/** A statement to judge: a True / False radio group. */
export function TrueFalseInput({ question, response, onChange, disabled, text, reveal = false }: QuestionInputProps<TrueFalseQuestion>) {
  const { t } = useTranslation();
  const selected = response?.type === 'true-false' ? response.value : null;
  return (
    <QuestionFieldset legend={text.node(moduleText.questionPrompt(question.id))} disabled={disabled}>
      {VALUES.map((value) => (
        <ChoiceOption
          key={String(value)}
          type="radio"
          name={`question-${question.id}`}
          label={value ? t('question.true') : t('question.false')}
          checked={selected === value}
          mark={reveal ? choiceMark(selected === value, question.answer === value) : null}
          onSelect={() => onChange({ type: 'true-false', value })}
        />
      ))}
    </QuestionFieldset>
  );
}
