import { Marked } from 'marked';
import type { Token } from 'marked';

// A private instance, as in markdown-html.ts: the app's extensions must not change what is read here.
const markdown = new Marked();

/**
 * The words a learner reads in a Markdown text, as separate units: a paragraph, a heading or a
 * list item each. Link targets, emphasis marks and list bullets are dropped; a unit is counted
 * as (at least) one sentence, since a list item or a heading ends without a full stop.
 */
export function plainUnits(text: string): string[] {
  return blockUnits(markdown.lexer(text))
    .map((unit) => unit.replace(/\s+/g, ' ').trim())
    .filter((unit) => unit !== '');
}

function blockUnits(tokens: readonly Token[]): string[] {
  const units: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'html': // rejected by validation; never shown
        break;
      case 'list':
        for (const item of token.items as Token[]) units.push(...blockUnits(childTokens(item)));
        break;
      case 'blockquote':
        units.push(...blockUnits(childTokens(token)));
        break;
      case 'code':
        units.push(String(token.text));
        break;
      case 'table':
        // The player shows tables as the words typed; score those words as one unit.
        units.push(token.raw.replace(/[|:-]+/g, ' '));
        break;
      default: {
        const children = childTokens(token);
        units.push(children.length > 0 ? inlineText(children) : 'text' in token ? String(token.text) : '');
      }
    }
  }
  return units;
}

function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'br') return ' ';
      const children = childTokens(token);
      if (children.length > 0) return inlineText(children);
      return 'text' in token ? String(token.text) : '';
    })
    .join('');
}

const childTokens = (token: Token): Token[] => ('tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : []);

const WORD = /[\p{L}\p{N}]/u;

/** The words of a plain unit: runs of non-space characters that contain a letter or a digit. */
export const wordsOf = (unit: string): string[] => unit.split(/\s+/).filter((w) => WORD.test(w));

/** How many words a learner reads in a Markdown text. */
export const countWords = (text: string): number => plainUnits(text).reduce((n, unit) => n + wordsOf(unit).length, 0);

/**
 * Sentences in a plain unit: text up to ".", "!" or "?" (closing quotes and brackets allowed)
 * followed by a space or the end. A unit with no such ending is one sentence.
 */
export function sentencesOf(unit: string): string[] {
  return unit.split(/(?<=[.!?…])["'”’)\]]*\s+/u).filter((s) => WORD.test(s));
}
