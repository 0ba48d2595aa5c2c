import { useTranslation } from 'react-i18next';
import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';

interface ResponseSummaryProps {
  question: Question;
  response: Response;
  text: MarkedContentText;
}

/** An answer written out in words, for the review screen (the learner's and the correct one). */
export function ResponseSummary({ question, response, text }: ResponseSummaryProps) {
  const { t } = useTranslation();
  const q = question.id;
  switch (response.type) {
    case 'single-choice':
      return <p>{text.node(moduleText.questionOption(q, response.option))}</p>;
    case 'multiple-choice':
      return (
        <ul>
          {response.options.map((id) => (
            <li key={id}>{text.node(moduleText.questionOption(q, id))}</li>
          ))}
        </ul>
      );
    case 'true-false':
      return <p>{response.value ? t('question.true') : t('question.false')}</p>;
    case 'ordering':
      return (
        <ol>
          {response.order.map((id) => (
            <li key={id}>{text.node(moduleText.questionItem(q, id))}</li>
          ))}
        </ol>
      );
    case 'matching':
      return (
        <ul>
          {Object.entries(response.pairs).map(([promptId, targetId]) => (
            <li key={promptId}>
              {t('question.matching.pair', {
                prompt: text(moduleText.questionMatchPrompt(q, promptId)),
                target: text(moduleText.questionMatchTarget(q, targetId)),
              })}
            </li>
          ))}
        </ul>
      );
  }
}
