import type { MarkdownDocument } from './markdown-ast';
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
  // The type says a document, but the value comes from a locale bundle at run time.
  return <>{Array.isArray(content) ? renderBlocks(content, { headingLevel }) : null}</>;
}
