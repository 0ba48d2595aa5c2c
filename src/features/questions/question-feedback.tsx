import { useTranslation } from 'react-i18next';
import { Markdown } from '../../lib/markdown/markdown';
import type { MarkdownDocument } from '../../lib/markdown/markdown-ast';

interface QuestionFeedbackProps {
  correct: boolean;
  /** The question's explanation (Markdown, compiled at build time). */
  explanation: MarkdownDocument;
}

/** Correct or incorrect, in words (not colour alone), and why. */
export function QuestionFeedback({ correct, explanation }: QuestionFeedbackProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="feedback__verdict">{correct ? t('question.correct') : t('question.incorrect')}</p>
      <Markdown content={explanation} headingLevel={3} />
    </>
  );
}
