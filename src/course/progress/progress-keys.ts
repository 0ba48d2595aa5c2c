import type { Module, Question } from '../schema/module-schema';
import { hashString } from '../random';
import { encodeInt } from './codec-alphabet';
import { courseModules, type ProgressContent } from './progress-content';
import { isInteractiveBlock } from '../schema/interactive-block';

/**
 * Saved progress names content by short keys derived from ids (never by position),
 * so reordering, adding or removing content does not shift what a key means. A key
 * is 2 digits (4,096 values; 3 for final-assessment questions) hashed from the id and a salt; only ids that can stand
 * in the same place (a "scope", e.g. the options of one question) need distinct keys,
 * and the salt is chosen so that they are distinct for the current content.
 */

export const KEY_WIDTH = 2;
/** Final-assessment answers name questions from several modules' banks: a wider scope, a wider key. */
export const ASSESSMENT_QUESTION_KEY_WIDTH = 3;
export const SALT_COUNT = 64;

export function contentKey(id: string, salt: number, width: number = KEY_WIDTH): string {
  let h = hashString(`${salt}:${id}`);
  // FNV-1a's low bits mix poorly; fold the high bits in before taking 12 of them.
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return encodeInt((h >>> 0) % 64 ** width, width);
}

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

export type Resolved = { ok: true; id: string } | { ok: false; reason: 'gone' | 'ambiguous' };

/** The id in `ids` whose key is `key`: gone if none, ambiguous if several. */
export function resolveKey(ids: readonly string[], key: string, salt: number, width: number = KEY_WIDTH): Resolved {
  const matches = [...new Set(ids)].filter((id) => contentKey(id, salt, width) === key);
  if (matches.length === 1) return { ok: true, id: matches[0] as string };
  return { ok: false, reason: matches.length === 0 ? 'gone' : 'ambiguous' };
}
