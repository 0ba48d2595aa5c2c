import { splitParagraphs } from './split-paragraphs';

/**
 * Course prose after the build has parsed its Markdown (compile-markdown.ts), as the
 * browser receives it in a module's locale chunk. Nodes are JsonML-style tuples, tag
 * first, because the whole tree travels as JSON inside that chunk: short to download,
 * quick to JSON.parse, and nothing to parse in the browser.
 *
 * It holds only what the renderer shows: text is already decoded (no character
 * references), there is no `raw` source, and nothing can carry HTML.
 */

/** Inline content. A string is text to show as it is. */
export type MarkdownInline = string | StrongNode | EmphasisNode | CodeNode | BreakNode | LinkNode;

export type StrongNode = readonly ['strong', ...MarkdownInline[]];
export type EmphasisNode = readonly ['em', ...MarkdownInline[]];
export type CodeNode = readonly ['code', string];
export type BreakNode = readonly ['br'];
/** The destination passed the safe-href rule at build time; the renderer checks it again. */
export type LinkNode = readonly ['a', string, ...MarkdownInline[]];

export type ParagraphNode = readonly ['p', ...MarkdownInline[]];
/** Depth as written ("#" is 1); the renderer places it under the screen's own heading. */
export type HeadingNode = readonly ['h', number, ...MarkdownInline[]];
export type ListItem = readonly MarkdownBlock[];
export type BulletListNode = readonly ['ul', ...ListItem[]];
/** Second element: the number the list starts at. */
export type OrderedListNode = readonly ['ol', number, ...ListItem[]];
export type BlockquoteNode = readonly ['blockquote', ...MarkdownBlock[]];
/** Inline content with no element around it: the text of a tight list item. */
export type TextRunNode = readonly ['text', ...MarkdownInline[]];

export type MarkdownBlock = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode | TextRunNode;

/** One Markdown text (a lesson body, a feedback, an explanation…): its blocks in order. */
export type MarkdownDocument = readonly MarkdownBlock[];

/**
 * Whether a value from a locale bundle is a compiled text rather than a string or a
 * mapping. Only the top level is checked: the renderer skips any node it does not know,
 * so a malformed tree shows less text but never breaks the screen.
 */
export function isMarkdownDocument(value: unknown): value is MarkdownDocument {
  return Array.isArray(value) && value.every((block) => Array.isArray(block));
}

/** Text shown without Markdown (e.g. a key shown in place of a missing text): paragraphs only. */
export function plainDocument(text: string): MarkdownDocument {
  return splitParagraphs(text).map((paragraph): ParagraphNode => ['p', paragraph]);
}
