import { useTranslation } from 'react-i18next';
import { Markdown } from '../../lib/markdown/markdown';
import type { MarkdownDocument } from '../../lib/markdown/markdown-ast';

interface QuestionFeedbackProps {
  correct: boolean;
  /** The question's explanation (Markdown, compiled at build time). */
  explanation: MarkdownDocument;
  /** Citations of the sources the question rests on (its `cites`), if any. */
  sources?: readonly MarkdownDocument[];
}

/** Correct or incorrect, in words (not colour alone), why, and where that comes from. */
export function QuestionFeedback({ correct, explanation, sources = [] }: QuestionFeedbackProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="feedback__verdict">{correct ? t('question.correct') : t('question.incorrect')}</p>
      <Markdown content={explanation} headingLevel={3} />
      <QuestionSources sources={sources} />
    </>
  );
}

/** "Source:" and the citation (or "Sources:" and a list): the evidence behind an explanation. */
export function QuestionSources({ sources }: { sources: readonly MarkdownDocument[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <div className="feedback__sources">
      <p className="feedback__sources-label">{t('question.sources', { count: sources.length })}</p>
      {sources.length === 1 && sources[0] ? (
        <Markdown content={sources[0]} headingLevel={4} />
      ) : (
        <ul>
          {sources.map((source, i) => (
            <li key={i}>
              <Markdown content={source} headingLevel={4} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
