import type { Module, Question } from '../schema/module-schema';
import { ASSESSMENT_QUESTION_KEY_WIDTH, contentKey, KEY_WIDTH } from './content-keys';
import { courseModules, type ProgressContent } from './progress-content';
import { isInteractiveBlock } from '../schema/interactive-block';

/**
 * Choosing the salt of content keys (content-keys.ts): the first under which every id that
 * can stand in the same place has a distinct key. Only the build and the writer choose one;
 * reading saved progress needs only the keys, so this stays off the first screen.
 */

export const SALT_COUNT = 64;

function questionScopes(question: Question): string[][] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return [question.options.map((o) => o.id)];
    case 'ordering':
      return [question.items];
    case 'matching':
      return [question.prompts.map((p) => p.id), question.targets];
    case 'true-false':
      return [];
  }
}

/** Interactive lesson blocks of each lesson, and the items and groups of each (progress-codec-blocks.ts). */
function blockKeyScopes(module: Module): string[][] {
  const scopes: string[][] = [];
  for (const step of module.steps) {
    if (step.type !== 'lesson' || !step.blocks) continue;
    scopes.push(step.blocks.filter(isInteractiveBlock).map((b) => b.id));
    for (const block of step.blocks.filter(isInteractiveBlock)) {
      scopes.push(block.items.map((i) => i.id));
      if (block.type === 'sort-into-groups') scopes.push(block.groups);
    }
  }
  return scopes;
}

function moduleScopes(module: Module): string[][] {
  return [
    module.steps.map((s) => s.id),
    module.scenarios.map((s) => s.id),
    module.questions.map((q) => q.id),
    ...module.scenarios.flatMap((s) => s.nodes.map((n) => n.choices.map((c) => c.id))),
    ...module.questions.flatMap(questionScopes),
    ...blockKeyScopes(module),
  ];
}

/** Modules whose question banks feed the final assessment. */
export const assessmentModules = (content: ProgressContent): Module[] => {
  const from = content.course.finalAssessment?.fromModules;
  return courseModules(content).filter((m) => !from || from.includes(m.id));
};

/** Question ids a final-assessment answer can name. */
export const assessmentQuestionIds = (content: ProgressContent): string[] =>
  assessmentModules(content).flatMap((m) => m.questions.map((q) => q.id));

export interface KeyScope {
  ids: string[];
  width: number;
}

/** Every group of ids whose keys must differ. */
export const keyScopes = (content: ProgressContent): KeyScope[] => [
  { ids: content.course.modules.map((m) => m.id), width: KEY_WIDTH },
  ...courseModules(content).flatMap((m) => moduleScopes(m).map((ids) => ({ ids, width: KEY_WIDTH }))),
  { ids: assessmentQuestionIds(content), width: ASSESSMENT_QUESTION_KEY_WIDTH },
];

const distinctKeys = ({ ids, width }: KeyScope, salt: number): boolean =>
  new Set(ids.map((id) => contentKey(id, salt, width))).size === new Set(ids).size;

export const saltFits = (content: ProgressContent, salt: number): boolean =>
  keyScopes(content).every((scope) => distinctKeys(scope, salt));

/**
 * The first salt under which every scope of the content has distinct keys. With
 * scopes of tens of ids, some salt fits with overwhelming probability; if none
 * does, 0 is used and the colliding items are dropped on decoding (never confused).
 */
export function chooseSalt(content: ProgressContent): number {
  for (let salt = 0; salt < SALT_COUNT; salt++) if (saltFits(content, salt)) return salt;
  return 0;
}
