import { useTranslation } from 'react-i18next';
import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import { correctResponse, isCorrect } from '../../course/scoring/question-scoring';
import { moduleText } from '../../course/module-text-keys';
import { useMarkedContentText } from '../../lib/i18n/use-marked-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import { useContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { ResponseSummary } from './response-summary';
import { QuestionSources } from './question-feedback';

interface ReviewItemProps {
  question: Question;
  /** 1-based position in the attempt. */
  number: number;
  response: Response | undefined;
  namespace: string;
}

/** One question in the review: the prompt, the learner's answer, the correct one and why. */
export function ReviewItem({ question, number, response, namespace }: ReviewItemProps) {
  const { t } = useTranslation();
  const text = useMarkedContentText(namespace);
  const markdown = useContentMarkdown(namespace);
  const correct = response !== undefined && isCorrect(question, response);
  return (
    <li className={`review-item review-item--${correct ? 'correct' : 'incorrect'}`}>
      <h2>{t('question.number', { number })}</h2>
      <p className="review-item__prompt">{text.node(moduleText.questionPrompt(question.id))}</p>
      <p className="review-item__verdict">{correct ? t('question.correct') : t('question.incorrect')}</p>
      <h3>{t('assessment.review.yourAnswer')}</h3>
      {response ? <ResponseSummary question={question} response={response} text={text} /> : <p>{t('assessment.review.noAnswer')}</p>}
      <h3>{t('assessment.review.correctAnswer')}</h3>
      <ResponseSummary question={question} response={correctResponse(question)} text={text} />
      <Markdown content={markdown(moduleText.questionExplanation(question.id))} headingLevel={4} />
      <QuestionSources sources={question.cites.map((id) => markdown(moduleText.source(id)))} />
    </li>
  );
}
