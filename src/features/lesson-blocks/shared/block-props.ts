import type { LessonBlock } from '../../../course/schema/lesson-blocks-schema';
import type { BlockAnswer } from '../../../course/progress/progress-record';
import type { MarkedContentText } from '../../../lib/i18n/use-content-text';
import type { MarkdownDocument } from '../../../lib/markdown/markdown-ast';

/** What every block component gets from the lesson screen, so blocks know nothing of machines or i18n namespaces. */
export interface BlockEnv {
  stepId: string;
  /**
   * A plain text of this block: `field` under `steps.<step>.blocks.<block>.`. Shown as an
   * element's content through `text.node(field)`, or with `text.mark(field)` on the element, so
   * a text not yet translated is marked with its language.
   */
  text: MarkedContentText;
  /** A Markdown text of this block, compiled at build time. */
  markdown: (field: string) => MarkdownDocument;
  /** A source's citation (`sources.<id>`). */
  source: (sourceId: string) => MarkdownDocument;
  /** The URL a media file of the module is served from, or undefined if it was not packaged. */
  mediaUrl: (src: string) => string | undefined;
  /** The learner's saved answer to this block (interactive blocks only). */
  answer: BlockAnswer | undefined;
  /** Reports a checked answer to the module (interactive blocks only). */
  onAnswer: (answer: BlockAnswer, correct: boolean) => void;
}

export interface BlockProps<B extends LessonBlock> {
  block: B;
  env: BlockEnv;
}
