import type { LessonBlock } from '../schema/lesson-blocks-schema';
import type { LessonStep, Module } from '../schema/module-schema';
import type { StructurePath } from '../required-texts';
import { moduleText } from '../module-text-keys';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import { duplicateIdProblems, idsOf, plainIds } from './duplicate-ids';
import type { ParsedDocument } from './parsed-document';
import { EmptySortGroup, SignsWithoutContrast, UnknownSortGroup, UnknownSource } from './problem-catalogue';

/**
 * Integrity of one lesson step's blocks: unique ids at every level, sources that exist,
 * a spot-the-signs with something to spot and something not to, and sort-into-groups
 * items and groups that match both ways. Media are checked with the module's other media.
 */
export function lessonBlockProblems(step: LessonStep, stepPath: StructurePath, module: Module, doc: ParsedDocument): ContentProblem[] {
  if (!step.blocks) return [];
  const blocksPath = [...stepPath, 'blocks'];
  const problems = duplicateIdProblems(doc, idsOf(step.blocks, blocksPath), 'block', `lesson "${step.id}"`);
  step.blocks.forEach((block, bi) => problems.push(...blockProblems(block, [...blocksPath, bi], module, doc)));
  return problems;
}

function blockProblems(block: LessonBlock, path: StructurePath, module: Module, doc: ParsedDocument): ContentProblem[] {
  const scope = `${block.type} block "${block.id}"`;
  const at = (where: StructurePath, found: string, expected: string) => ({ file: doc.file, line: doc.lineOf(where), path: where, found, expected });
  switch (block.type) {
    case 'reveal-cards':
      return duplicateIdProblems(doc, plainIds(block.cards, [...path, 'cards']), 'card', scope);
    case 'accordion':
      return duplicateIdProblems(doc, plainIds(block.items, [...path, 'items']), 'item', scope);
    case 'spot-the-signs': {
      const problems = duplicateIdProblems(doc, idsOf(block.items, [...path, 'items']), 'item', scope);
      const signs = block.items.filter((item) => item.sign).length;
      const missing = signs === 0 ? 'sign' : signs === block.items.length ? 'non-sign' : undefined;
      if (missing) {
        const where = [...path, 'items'];
        problems.push(createProblem(SignsWithoutContrast, { id: block.id, missing }, at(where, `${signs} of ${block.items.length} items marked as signs`, 'at least one sign and one item that is not')));
      }
      return problems;
    }
    case 'sort-into-groups': {
      const problems = [
        ...duplicateIdProblems(doc, plainIds(block.groups, [...path, 'groups']), 'group', scope),
        ...duplicateIdProblems(doc, idsOf(block.items, [...path, 'items']), 'item', scope),
      ];
      block.items.forEach((item, i) => {
        if (block.groups.includes(item.group)) return;
        const where = [...path, 'items', i, 'group'];
        problems.push(createProblem(UnknownSortGroup, { id: item.group, known: block.groups }, at(where, item.group, `one of ${block.groups.join(', ')}`)));
      });
      // A misspelt item group also leaves its intended group empty: report the typo alone.
      if (problems.some((p) => p.code === 'UnknownSortGroup')) return problems;
      block.groups.forEach((group, i) => {
        if (block.items.some((item) => item.group === group)) return;
        problems.push(createProblem(EmptySortGroup, { id: group, block: block.id }, at([...path, 'groups', i], group, 'a group at least one item belongs in')));
      });
      return problems;
    }
    case 'quote':
      if (block.cites === undefined || module.sources.includes(block.cites)) return [];
      return [createProblem(UnknownSource, { id: block.cites, known: module.sources }, at([...path, 'cites'], block.cites, `one of ${module.sources.join(', ')}`))];
    case 'text':
    case 'callout':
    case 'image':
      return [];
  }
}

/**
 * Texts a module's locale files must not hold although they look like its keys: the
 * single body of a lesson built from blocks, which the player would never show.
 */
export function misplacedModuleTexts(module: Module): Map<string, { step: string }> {
  const misplaced = new Map<string, { step: string }>();
  for (const step of module.steps) {
    if (step.type === 'lesson' && step.blocks) misplaced.set(moduleText.stepBody(step.id), { step: step.id });
  }
  return misplaced;
}
