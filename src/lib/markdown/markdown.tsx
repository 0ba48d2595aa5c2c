import { useTranslation } from 'react-i18next';
import type { MarkdownDocument } from './markdown-ast';
import { markdownLanguage } from './read-markdown';
import { renderBlocks } from './render-markdown';

interface MarkdownProps {
  /** A Markdown text as compiled at build time (useContentMarkdown reads it from a module namespace). */
  content: MarkdownDocument;
  /** Level a "#" heading in the text becomes (default 2: under the screen's h1). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Course prose as React elements. The build has already parsed the Markdown, so the
 * browser only maps a small whitelist of nodes to elements: no parser, and no HTML
 * string ever reaches the DOM (no dangerouslySetInnerHTML).
 */
export function Markdown({ content, headingLevel = 2 }: MarkdownProps) {
  const { i18n } = useTranslation();
  // The type says a document, but the value comes from a locale bundle at run time.
  const blocks = Array.isArray(content) ? renderBlocks(content, { headingLevel }) : null;
  const language = Array.isArray(content) ? markdownLanguage(content) : undefined;
  // A text not yet translated is shown in English: marked as such (screen readers switch voice),
  // and laid out left to right inside a right-to-left page. `display: contents` keeps the layout.
  if (language && language !== i18n.language) {
    return (
      <div className="content-language" lang={language} dir={i18n.dir(language)}>
        {blocks}
      </div>
    );
  }
  return <>{blocks}</>;
}
