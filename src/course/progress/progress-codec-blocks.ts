import { isInteractiveBlock, type InteractiveBlock } from '../schema/interactive-block';
import type { Module } from '../schema/module-schema';
import { blockInteractionId } from '../scoring/block-scoring';
import { isDigit, MARK } from './codec-alphabet';
import { seal } from './progress-format-v1';
import { contentKey, KEY_WIDTH, resolveKey } from './content-keys';
import type { BlockAnswer } from './progress-record';

/**
 * A module's answers to interactive lesson blocks, as a section of its own written
 * right after the module's section (docs/progress-format.md, "Block answers"):
 *
 *   blocks = "B" moduleKey ( "!" stepKey blockKey answer )*
 *   answer = "m" itemKey*              ; spot the signs: the items selected
 *          | "p" ( itemKey groupKey )* ; sort into groups: each item and its group
 *
 * A section, not part of the module section, so text without block answers is exactly
 * what it was, and a build from before blocks ignores the section (an unknown kind)
 * and reads everything else.
 */
export const BLOCKS_SECTION = 'B';
const TAG = { 'spot-the-signs': 'm', 'sort-into-groups': 'p' } as const;

/** A module's interactive blocks, by lesson step. */
export function interactiveBlocks(module: Module): { stepId: string; block: InteractiveBlock }[] {
  return module.steps.flatMap((step) => (step.type === 'lesson' ? (step.blocks ?? []).filter(isInteractiveBlock).map((block) => ({ stepId: step.id, block })) : []));
}

function writeAnswer(answer: BlockAnswer, salt: number): string {
  const key = (id: string) => contentKey(id, salt);
  return answer.type === 'spot-the-signs'
    ? TAG['spot-the-signs'] + answer.selected.map(key).join('')
    : TAG['sort-into-groups'] + Object.entries(answer.placed).map(([item, group]) => key(item) + key(group)).join('');
}

/** The sealed section for a module's block answers, or null when it has none. */
export function writeBlocks(moduleId: string, blocks: Readonly<Record<string, BlockAnswer>> | undefined, salt: number): string | null {
  const entries = Object.entries(blocks ?? {});
  if (entries.length === 0) return null;
  const key = (id: string) => contentKey(id, salt);
  let body = BLOCKS_SECTION + key(moduleId);
  for (const [id, answer] of entries) {
    const dot = id.indexOf('.');
    body += MARK.answer + key(id.slice(0, dot)) + key(id.slice(dot + 1)) + writeAnswer(answer, salt);
  }
  return seal(body);
}

/** Characters the fullest answer to a block takes, whatever the salt (for the worst case). */
export const fullestBlockAnswer = (block: InteractiveBlock): BlockAnswer =>
  block.type === 'spot-the-signs'
    ? { type: 'spot-the-signs', selected: block.items.map((i) => i.id) }
    : { type: 'sort-into-groups', placed: Object.fromEntries(block.items.map((i) => [i.id, i.group])) };

function keysOf(text: string): string[] | null {
  if (text.length % KEY_WIDTH !== 0 || ![...text].every(isDigit)) return null;
  const keys: string[] = [];
  for (let i = 0; i < text.length; i += KEY_WIDTH) keys.push(text.slice(i, i + KEY_WIDTH));
  return keys;
}

/**
 * Reads a block-answers section body (checksum already checked) against the current
 * content. A block, item or group that no longer exists drops that block's answer (a
 * partial answer would show the learner something they never chose); never throws.
 */
export function readBlocks(
  body: string,
  modules: readonly Module[],
  salt: number,
  warn: (message: string) => void,
): { moduleId: string; blocks: Record<string, BlockAnswer> } | null {
  const resolve = (ids: readonly string[], key: string): string | null => {
    const found = resolveKey(ids, key, salt);
    return found.ok ? found.id : null;
  };
  const moduleId = resolve(
    modules.map((m) => m.id),
    body.slice(1, 1 + KEY_WIDTH),
  );
  const module = modules.find((m) => m.id === moduleId);
  if (!module || moduleId === null) {
    warn('Answers to lesson activities belong to a module that no longer exists; dropped.');
    return null;
  }
  const known = interactiveBlocks(module);
  const blocks: Record<string, BlockAnswer> = {};
  for (const run of body.slice(1 + KEY_WIDTH).split(MARK.answer).slice(1)) {
    const stepId = resolve([...new Set(known.map((k) => k.stepId))], run.slice(0, KEY_WIDTH));
    const onStep = known.filter((k) => k.stepId === stepId);
    const blockId = resolve(
      onStep.map((k) => k.block.id),
      run.slice(KEY_WIDTH, 2 * KEY_WIDTH),
    );
    const block = onStep.find((k) => k.block.id === blockId)?.block;
    const answer = block ? readAnswer(block, run.slice(2 * KEY_WIDTH), resolve) : null;
    if (!block || stepId === null || !answer) {
      warn(`Module "${moduleId}": an answer to a lesson activity no longer matches the course; dropped.`);
      continue;
    }
    blocks[blockInteractionId(stepId, block.id)] = answer;
  }
  return { moduleId, blocks };
}

function readAnswer(block: InteractiveBlock, text: string, resolve: (ids: readonly string[], key: string) => string | null): BlockAnswer | null {
  const keys = keysOf(text.slice(1));
  if (!keys) return null;
  const items = block.items.map((i) => i.id);
  if (block.type === 'spot-the-signs' && text.startsWith(TAG['spot-the-signs'])) {
    const selected = keys.map((k) => resolve(items, k));
    return selected.every((id): id is string => id !== null) ? { type: 'spot-the-signs', selected } : null;
  }
  if (block.type === 'sort-into-groups' && text.startsWith(TAG['sort-into-groups']) && keys.length % 2 === 0) {
    const placed: Record<string, string> = {};
    for (let i = 0; i < keys.length; i += 2) {
      const item = resolve(items, keys[i] ?? '');
      const group = resolve(block.groups, keys[i + 1] ?? '');
      if (item === null || group === null) return null;
      placed[item] = group;
    }
    return { type: 'sort-into-groups', placed };
  }
  return null;
}
