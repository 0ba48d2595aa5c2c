import type { SortIntoGroupsBlock, SpotTheSignsBlock } from '../schema/lesson-blocks-schema';
import type { InteractiveBlock } from '../schema/interactive-block';
import type { BlockAnswer } from '../progress/progress-record';

/** The id an interactive block is known by in saved progress and the LMS: `<step>.<block>`. */
export const blockInteractionId = (stepId: string, blockId: string): string => `${stepId}.${blockId}`;

/** Ids of the items that are warning signs. */
export const signIds = (block: SpotTheSignsBlock): string[] => block.items.filter((i) => i.sign).map((i) => i.id);

/** Item id -> the group it belongs in. */
export const correctPlacement = (block: SortIntoGroupsBlock): Record<string, string> =>
  Object.fromEntries(block.items.map((item) => [item.id, item.group]));

/** The answer that would be right: every sign selected, or every item in its group. */
export function correctBlockAnswer(block: InteractiveBlock): BlockAnswer {
  return block.type === 'spot-the-signs'
    ? { type: 'spot-the-signs', selected: signIds(block) }
    : { type: 'sort-into-groups', placed: correctPlacement(block) };
}

/** Whether an answer is wholly right: exactly the signs selected, or every item in its own group. */
export function isBlockAnswerCorrect(block: InteractiveBlock, answer: BlockAnswer): boolean {
  if (block.type === 'spot-the-signs' && answer.type === 'spot-the-signs') {
    const selected = new Set(answer.selected);
    return block.items.every((item) => selected.has(item.id) === item.sign);
  }
  if (block.type === 'sort-into-groups' && answer.type === 'sort-into-groups') {
    return block.items.every((item) => answer.placed[item.id] === item.group);
  }
  return false;
}
