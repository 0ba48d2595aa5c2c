import { createElement, Fragment, type ReactNode } from 'react';
import type { ListItem, MarkdownBlock, MarkdownInline } from './markdown-ast';
import { isolateNumbers } from './isolate-numbers';
import { SafeLink } from './safe-link';

export interface RenderOptions {
  /** Level a Markdown "#" heading becomes; the screen's own title is the h1. */
  headingLevel: number;
}

const headingTag = (depth: unknown, options: RenderOptions): string =>
  `h${Math.min(6, options.headingLevel + (typeof depth === 'number' && depth >= 1 ? Math.floor(depth) : 1) - 1)}`;

/**
 * Inline nodes as React children. React escapes every string, and a link goes through
 * SafeLink's check again, whatever the tree says. Unknown nodes are skipped: a tree from
 * a newer or broken build shows less, never breaks the screen.
 */
export function renderInline(nodes: readonly MarkdownInline[], options: RenderOptions): ReactNode[] {
  return nodes.map((node, i) => {
    if (typeof node === 'string') return <Fragment key={i}>{isolateNumbers(node)}</Fragment>;
    if (!Array.isArray(node)) return null;
    switch (node[0]) {
      case 'strong': {
        const [, ...words] = node;
        return <strong key={i}>{renderInline(words, options)}</strong>;
      }
      case 'em': {
        const [, ...words] = node;
        return <em key={i}>{renderInline(words, options)}</em>;
      }
      case 'code':
        return <code key={i}>{String(node[1])}</code>;
      case 'br':
        return <br key={i} />;
      case 'a': {
        const [, href, ...words] = node;
        return (
          <SafeLink key={i} href={String(href)}>
            {renderInline(words, options)}
          </SafeLink>
        );
      }
      default:
        return null;
    }
  });
}

const renderItem = (item: ListItem, j: number, options: RenderOptions): ReactNode =>
  Array.isArray(item) ? <li key={j}>{renderBlocks(item, options)}</li> : null;

/** Block nodes (the top level of a text, and inside blockquotes and list items). */
export function renderBlocks(blocks: readonly MarkdownBlock[], options: RenderOptions): ReactNode[] {
  return blocks.map((block, i) => {
    if (!Array.isArray(block)) return null;
    switch (block[0]) {
      case 'p': {
        const [, ...words] = block;
        return <p key={i}>{renderInline(words, options)}</p>;
      }
      case 'h': {
        const [, depth, ...words] = block;
        return createElement(headingTag(depth, options), { key: i }, renderInline(words, options));
      }
      case 'ul': {
        const [, ...items] = block;
        return <ul key={i}>{items.map((item, j) => renderItem(item, j, options))}</ul>;
      }
      case 'ol': {
        const [, start, ...items] = block;
        return (
          <ol key={i} start={typeof start === 'number' && start !== 1 ? start : undefined}>
            {items.map((item, j) => renderItem(item, j, options))}
          </ol>
        );
      }
      case 'blockquote': {
        const [, ...children] = block;
        return <blockquote key={i}>{renderBlocks(children, options)}</blockquote>;
      }
      case 'text': {
        // A tight list item's text: inline content without a paragraph around it.
        const [, ...words] = block;
        return <Fragment key={i}>{renderInline(words, options)}</Fragment>;
      }
      default:
        return null;
    }
  });
}
