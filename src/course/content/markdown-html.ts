import { Marked } from 'marked';
import type { Token } from 'marked';

// A private instance: extensions the app registers on the global `marked` must not change what counts as HTML here.
const markdown = new Marked();

/**
 * Raw HTML in a markdown text, as marked's lexer sees it (block and inline `html`
 * tokens, comments included). The player renders markdown without HTML, so any of
 * this would silently disappear (or, rendered, break the CSP and the design).
 */
export function findRawHtml(text: string): string[] {
  const found: string[] = [];
  markdown.walkTokens(markdown.lexer(text), (token: Token) => {
    if (token.type === 'html') found.push(token.raw.trim());
  });
  return found;
}
