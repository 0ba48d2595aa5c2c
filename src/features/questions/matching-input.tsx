import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingQuestion } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { QuestionInputProps } from './question-input-props';
import { QuestionFieldset } from './question-fieldset';
import { AnswerMarkLabel } from './answer-mark';

/** Match each prompt to an answer: one labelled <select> per prompt. */
export function MatchingInput({ question, response, onChange, disabled, text, reveal = false }: QuestionInputProps<MatchingQuestion>) {
  const { t } = useTranslation();
  const baseId = useId();
  const pairs = response?.type === 'matching' ? response.pairs : {};
  const choose = (promptId: string, targetId: string): void => {
    // Choosing the placeholder again clears that row's answer.
    const next = Object.fromEntries(Object.entries(pairs).filter(([id]) => id !== promptId));
    onChange({ type: 'matching', pairs: targetId ? { ...next, [promptId]: targetId } : next });
  };
  return (
    <QuestionFieldset legend={text.node(moduleText.questionPrompt(question.id))} hint={t('question.matching.hint')} disabled={disabled}>
      <div className="matching">
        {question.prompts.map((prompt) => {
          const selectId = `${baseId}-${prompt.id}`;
          return (
            <div key={prompt.id} className="matching__row">
              <label htmlFor={selectId} className="matching__prompt">
                {text.node(moduleText.questionMatchPrompt(question.id, prompt.id))}
              </label>
              <select
                id={selectId}
                className="matching__select"
                value={pairs[prompt.id] ?? ''}
                onChange={(event) => choose(prompt.id, event.currentTarget.value)}
                aria-describedby={reveal ? `${selectId}-mark` : undefined}
              >
                <option value="">{t('question.matching.placeholder')}</option>
                {question.targets.map((target) => (
                  <option key={target} value={target} {...text.mark(moduleText.questionMatchTarget(question.id, target))}>
                    {text(moduleText.questionMatchTarget(question.id, target))}
                  </option>
                ))}
              </select>
              {reveal && (
                <AnswerMarkLabel
                  id={`${selectId}-mark`}
                  mark={pairs[prompt.id] === prompt.match ? 'chosen-right' : 'chosen-wrong'}
                  detail={pairs[prompt.id] === prompt.match ? undefined : t('question.mark.rightMatch', { target: text(moduleText.questionMatchTarget(question.id, prompt.match)) })}
                />
              )}
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
