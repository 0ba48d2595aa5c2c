import type { LanguageMark } from '../i18n/use-content-text';
import { splitParagraphs } from './split-paragraphs';

/**
 * Plain text split into paragraphs at blank lines. For the few texts on the first
 * screen (the course description, the assessment introduction), which are not
 * Markdown, so the build leaves them as strings. `mark`: their language, when it is not the page's
 * (ContentText.mark).
 */
export function Paragraphs({ text, mark = {} }: { text: string; mark?: LanguageMark }) {
  return (
    <>
      {splitParagraphs(text).map((paragraph, i) => (
        <p key={i} {...mark}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
