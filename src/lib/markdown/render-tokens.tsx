import { createElement, Fragment, type ReactNode } from 'react';
import type { MarkedToken, Token } from 'marked';
import { decodeEntities } from './decode-entities';
import { SafeLink } from './safe-link';

export interface RenderOptions {
  /** Level a markdown "#" heading becomes; the screen's own title is the h1. */
  headingLevel: number;
}

// We register no marked extensions, so every token is one of marked's own kinds.
const known = (token: Token): MarkedToken => token as MarkedToken;

const headingTag = (depth: number, options: RenderOptions): string => `h${Math.min(6, options.headingLevel + depth - 1)}`;

/** Inline tokens (inside a paragraph, heading, list item or link). */
export function renderInline(tokens: readonly Token[] | undefined, options: RenderOptions): ReactNode[] {
  return (tokens ?? []).map((raw, i) => {
    const token = known(raw);
    switch (token.type) {
      case 'text':
        return token.tokens ? <Fragment key={i}>{renderInline(token.tokens, options)}</Fragment> : decodeEntities(token.text);
      case 'escape':
        return token.text;
      case 'strong':
        return <strong key={i}>{renderInline(token.tokens, options)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(token.tokens, options)}</em>;
      case 'codespan':
        return <code key={i}>{token.text}</code>;
      case 'br':
        return <br key={i} />;
      case 'link':
        return (
          <SafeLink key={i} href={token.href}>
            {renderInline(token.tokens, options)}
          </SafeLink>
        );
      case 'del':
        return <Fragment key={i}>{renderInline(token.tokens, options)}</Fragment>;
      case 'image':
        // Images come from a step's `image` (with checked alt text), never from prose: keep the words only.
        return decodeEntities(token.text);
      case 'html':
        // Raw HTML is shown as the text the author typed, never interpreted.
        return token.text;
      default:
        return token.raw;
    }
  });
}

/** Block tokens (the top level of a text, and inside blockquotes and list items). */
export function renderBlocks(tokens: readonly Token[], options: RenderOptions): ReactNode[] {
  return tokens.map((raw, i) => {
    const token = known(raw);
    switch (token.type) {
      case 'paragraph':
        return <p key={i}>{renderInline(token.tokens, options)}</p>;
      case 'heading':
        return createElement(headingTag(token.depth, options), { key: i }, renderInline(token.tokens, options));
      case 'list': {
        const items = token.items.map((item, j) => <li key={j}>{renderBlocks(item.tokens, options)}</li>);
        return token.ordered ? (
          <ol key={i} start={token.start === '' || token.start === 1 ? undefined : token.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'blockquote':
        return <blockquote key={i}>{renderBlocks(token.tokens, options)}</blockquote>;
      case 'text':
        // A tight list item's text: inline content without a paragraph around it.
        return <Fragment key={i}>{renderInline(token.tokens ?? [token], options)}</Fragment>;
      case 'space':
      case 'hr':
      case 'def':
      case 'checkbox':
        return null;
      case 'html':
        // Raw HTML blocks (e.g. "<script>…") are shown as typed, as a paragraph of text.
        return <p key={i}>{token.text.trim()}</p>;
      case 'code':
        return <p key={i}>{token.text}</p>;
      default:
        return <p key={i}>{token.raw.trim()}</p>;
    }
  });
}
