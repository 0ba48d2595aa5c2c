import { splitParagraphs } from './split-paragraphs';

/**
 * Plain text split into paragraphs at blank lines. For the few texts on the first
 * screen (the course description, the assessment introduction), which are not
 * Markdown, so the build leaves them as strings.
 */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {splitParagraphs(text).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}
