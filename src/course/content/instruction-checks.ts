import type { Module } from '../schema/module-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import type { ParsedDocument } from './parsed-document';
import { RepeatedInstruction } from './problem-catalogue';

/**
 * The player gives some instructions itself: "Select all that apply." under a multiple-choice
 * question, "Put these in order…" under an ordering question, and "What do you do?" over a
 * scenario's choices. The same words in the content make learners read them twice (issue 11),
 * so a text that repeats one is reported where it is written.
 */
interface RepeatRule {
  /** What the player already says, for the message. */
  player: string;
  pattern: RegExp;
}

const ALL_THAT_APPLY: RepeatRule = { player: 'Select all that apply.', pattern: /\b(choose|select|tick|pick) all that apply\b/i };
const IN_ORDER: RepeatRule = { player: 'Put these in order, first at the top.', pattern: /\bput (these|them|the [\p{L}-]+) in (the right |the correct )?order\b/iu };
// Only at the end of a node's text, where it runs straight into the choices' "What do you do?".
const WHAT_DO_YOU_DO: RepeatRule = { player: 'What do you do?', pattern: /\bwhat do you do\b[^.!?]*\?\s*$/i };

export function repeatedInstructionProblems(module: Module, locale: ParsedDocument): ContentProblem[] {
  if (!locale.ok) return [];
  const checks: { path: string[]; rule: RepeatRule }[] = [];
  for (const question of module.questions) {
    const path = ['questions', question.id, 'prompt'];
    if (question.type === 'multiple-choice') checks.push({ path, rule: ALL_THAT_APPLY });
    if (question.type === 'ordering') checks.push({ path, rule: IN_ORDER });
  }
  for (const scenario of module.scenarios) {
    for (const node of scenario.nodes) {
      if (node.choices.length > 0) checks.push({ path: ['scenarios', scenario.id, 'nodes', node.id, 'text'], rule: WHAT_DO_YOU_DO });
    }
  }
  const problems: ContentProblem[] = [];
  for (const { path, rule } of checks) {
    const text = textAt(locale.data, path);
    const repeated = text === undefined ? null : rule.pattern.exec(text);
    if (!repeated) continue;
    const key = path.join('.');
    const words = repeated[0].trim();
    problems.push(
      createProblem(
        RepeatedInstruction,
        { key, words, player: rule.player },
        { file: locale.file, line: locale.lineOf(path), path: key, field: key, found: words, expected: `no "${rule.player}" (the player shows it)` },
      ),
    );
  }
  return problems;
}

function textAt(data: unknown, path: readonly string[]): string | undefined {
  let value: unknown = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' ? value : undefined;
}
