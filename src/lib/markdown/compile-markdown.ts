import { Lexer, type MarkedToken, type Token } from 'marked';
import { decodeEntities } from './decode-entities';
import type { ListItem, MarkdownBlock, MarkdownDocument, MarkdownInline } from './markdown-ast';
import { safeHref } from './safe-href';

/**
 * Markdown source → the tree the browser renders (markdown-ast.ts). Runs at build time
 * (scorm/vite-content-plugin.ts) and in tests only: marked must never reach the browser,
 * where building its regexes and lexing cost a slow phone hundreds of milliseconds.
 *
 * What each token becomes is what the player has always shown: a small whitelist of
 * elements, raw HTML and images as the words typed, unsafe links as their text.
 */
export function compileMarkdown(source: string): MarkdownDocument {
  return compileBlocks(Lexer.lex(source, { gfm: true, breaks: false }));
}

// We register no marked extensions, so every token is one of marked's own kinds.
const known = (token: Token): MarkedToken => token as MarkedToken;

function compileBlocks(tokens: readonly Token[]): MarkdownBlock[] {
  return tokens.flatMap((raw): MarkdownBlock[] => {
    const token = known(raw);
    switch (token.type) {
      case 'paragraph':
        return [['p', ...compileInline(token.tokens)]];
      case 'heading':
        return [['h', token.depth, ...compileInline(token.tokens)]];
      case 'list': {
        const items = token.items.map((item): ListItem => compileBlocks(item.tokens));
        return [token.ordered ? ['ol', token.start === '' ? 1 : token.start, ...items] : ['ul', ...items]];
      }
      case 'blockquote':
        return [['blockquote', ...compileBlocks(token.tokens)]];
      case 'text':
        // A tight list item's text: inline content without a paragraph around it.
        return [['text', ...compileInline(token.tokens ?? [token])]];
      case 'space':
      case 'hr':
      case 'def':
      case 'checkbox':
        return [];
      case 'html':
        // Raw HTML blocks (e.g. "<script>…") are shown as typed, as a paragraph of text.
        return [['p', token.text.trim()]];
      case 'code':
        return [['p', token.text]];
      default:
        // Tables and the like: the source as typed, so no words are lost.
        return [['p', token.raw.trim()]];
    }
  });
}

/** Inline tokens (inside a paragraph, heading, list item or link), adjacent texts joined. */
function compileInline(tokens: readonly Token[] | undefined): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  for (const node of (tokens ?? []).flatMap(inlineNodes)) {
    const last = out.at(-1);
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else if (node !== '') out.push(node);
  }
  return out;
}

function inlineNodes(raw: Token): MarkdownInline[] {
  const token = known(raw);
  switch (token.type) {
    case 'text':
      return token.tokens ? compileInline(token.tokens) : [decodeEntities(token.text)];
    case 'escape':
      return [token.text];
    case 'strong':
      return [['strong', ...compileInline(token.tokens)]];
    case 'em':
      return [['em', ...compileInline(token.tokens)]];
    case 'codespan':
      return [['code', token.text]];
    case 'br':
      return [['br']];
    case 'link': {
      // The same rule the renderer applies: an unsafe destination never becomes a link.
      const safe = safeHref(token.href);
      const words = compileInline(token.tokens);
      return safe ? [['a', safe.href, ...words]] : words;
    }
    case 'del':
      return compileInline(token.tokens);
    case 'image':
      // Images come from a step's `image` (with checked alt text), never from prose: keep the words only.
      return [decodeEntities(token.text)];
    case 'html':
      // Raw HTML is shown as the text the author typed, never interpreted.
      return [token.text];
    default:
      return [token.raw];
  }
}
