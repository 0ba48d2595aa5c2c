import type { LessonBlock, SortIntoGroupsBlock, SpotTheSignsBlock } from './lesson-blocks-schema';

/**
 * Kept apart from the zod schema on purpose: the progress writer and the lesson screen need this
 * at run time, and a value import from the schema file would pull zod into the first screen's
 * chunk (zod's eval probe also breaks the strict CSP). Type imports cost nothing at run time.
 */

/** Block types the learner answers: reported as interactions and kept in saved progress. */
export type InteractiveBlock = SpotTheSignsBlock | SortIntoGroupsBlock;
export const isInteractiveBlock = (block: LessonBlock): block is InteractiveBlock =>
  block.type === 'spot-the-signs' || block.type === 'sort-into-groups';
