import { useTranslation } from 'react-i18next';
import type { MultipleChoiceQuestion } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { QuestionInputProps } from './question-input-props';
import { QuestionFieldset } from './question-fieldset';
import { ChoiceOption } from './choice-option';
import { choiceMark } from './answer-mark';

/** Every answer that applies: checkboxes. */
export function MultipleChoiceInput({ question, response, onChange, disabled, text, reveal = false }: QuestionInputProps<MultipleChoiceQuestion>) {
  const { t } = useTranslation();
  const selected = response?.type === 'multiple-choice' ? response.options : [];
  const toggle = (optionId: string, checked: boolean): void => {
    const next = new Set(selected);
    if (checked) next.add(optionId);
    else next.delete(optionId);
    // Keep the question's own order so the saved answer does not depend on click order.
    onChange({ type: 'multiple-choice', options: question.options.map((o) => o.id).filter((id) => next.has(id)) });
  };
  return (
    <QuestionFieldset legend={text.node(moduleText.questionPrompt(question.id))} hint={t('question.selectAll')} disabled={disabled}>
      {question.options.map((option) => (
        <ChoiceOption
          key={option.id}
          type="checkbox"
          name={`question-${question.id}`}
          label={text.node(moduleText.questionOption(question.id, option.id))}
          checked={selected.includes(option.id)}
          mark={reveal ? choiceMark(selected.includes(option.id), option.correct) : null}
          onSelect={(checked) => toggle(option.id, checked)}
        />
      ))}
    </QuestionFieldset>
  );
}
