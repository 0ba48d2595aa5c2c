import { useTranslation } from 'react-i18next';
import { Markdown } from '../../lib/markdown/markdown';

interface QuestionFeedbackProps {
  correct: boolean;
  /** The question's explanation (markdown). */
  explanation: string;
}

/** Correct or incorrect, in words (not colour alone), and why. */
export function QuestionFeedback({ correct, explanation }: QuestionFeedbackProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="feedback__verdict">{correct ? t('question.correct') : t('question.incorrect')}</p>
      <Markdown text={explanation} headingLevel={3} />
    </>
  );
}
