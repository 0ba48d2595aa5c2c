import type { MarkdownDocument } from '../lib/markdown/markdown-ast';

/**
 * The course's References screen: every source of every module, once. Built from the
 * modules' `sources` at build time (scorm/content/course-references.ts); the browser
 * downloads it only when the learner opens the screen.
 */
export interface CourseReference {
  /** The source id, the same in every module that cites it (docs/content-format.md). */
  id: string;
  /** The citation as written in the first module (in course order) that lists it, compiled Markdown. */
  citation: MarkdownDocument;
  /** Ids of the modules that list this source, in course order. */
  modules: readonly string[];
}

/** Locale → the course's references in that language, in reading order (sorted by citation). */
export type CourseReferences = Readonly<Record<string, readonly CourseReference[]>>;
