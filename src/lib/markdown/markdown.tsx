import { useMemo } from 'react';
import { Lexer } from 'marked';
import { renderBlocks } from './render-tokens';

interface MarkdownProps {
  /** Markdown source from a locale file. */
  text: string;
  /** Level a "#" heading in the text becomes (default 2: under the screen's h1). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Course prose as React elements. marked only tokenises; we build elements for a
 * small whitelist, so no HTML string ever reaches the DOM (no dangerouslySetInnerHTML).
 */
export function Markdown({ text, headingLevel = 2 }: MarkdownProps) {
  const tokens = useMemo(() => Lexer.lex(text, { gfm: true, breaks: false }), [text]);
  return <>{renderBlocks(tokens, { headingLevel })}</>;
}
