import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { endingPaths } from '../src/course/content/scenario-endings';
import type { Scenario } from '../src/course/schema/module-schema';
import { moduleNamespace } from '../src/course/text-keys';
import { moduleText } from '../src/course/module-text-keys';
import { loadContent } from './content/load-content';

/**
 * `npm run endings [-- <module-id>…]`: for every scenario, each ending and every path that
 * reaches it, with the ending's text and each choice's label, so an author can check that
 * the ending is true of every one of those paths (docs/content-format.md, "Scenario scenes").
 * Works on content that does not validate yet; a scenario with a loop is skipped.
 */

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** A nested text of a locale resource, or undefined. */
function textAt(resource: unknown, key: string): string | undefined {
  let at: unknown = resource;
  for (const part of key.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[part] : undefined;
  return typeof at === 'string' ? at : undefined;
}

const oneLine = (text: string | undefined, max = 110): string => {
  const flat = (text ?? '(no text)').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function formatEndings(scenario: Scenario, resource: unknown): string[] {
  const label = (nodeId: string, choiceId: string) => oneLine(textAt(resource, moduleText.choiceLabel(scenario.id, nodeId, choiceId)), 70);
  const lines = [`scenario ${scenario.id}`];
  for (const ending of endingPaths(scenario)) {
    const where = ending.endingChoiceId ? `${ending.nodeId} (its choice "${ending.endingChoiceId}" ends the story)` : ending.nodeId;
    const text = ending.endingChoiceId
      ? textAt(resource, moduleText.choiceFeedback(scenario.id, ending.nodeId, ending.endingChoiceId))
      : textAt(resource, moduleText.nodeText(scenario.id, ending.nodeId));
    lines.push(`  ending ${where}: ${ending.paths.length} path${ending.paths.length === 1 ? '' : 's'}`);
    lines.push(`    says: ${oneLine(text)}`);
    ending.paths.forEach((p, i) => {
      lines.push(`    ${i + 1}. ${p.map((s) => `${s.choiceId} ("${label(s.nodeId, s.choiceId)}")`).join('\n       → ')}`);
    });
  }
  return lines;
}

export function main(args: readonly string[], output: CliOutput = consoleOutput, rootDir = 'modules'): number {
  const content = loadContent(rootDir);
  const ids = args.length > 0 ? [...args] : Object.keys(content.modules).sort();
  let failed = false;
  for (const id of ids) {
    const module = content.modules[id];
    if (!module) {
      output.err(`No module "${id}" could be read (known: ${Object.keys(content.modules).join(', ') || 'none'}); run npm run validate to see why.`);
      failed = true;
      continue;
    }
    const locale = Object.values(content.courses).find((c) => c.modules.some((ref) => ref.id === id))?.locales[0] ?? 'en-GB';
    const resource = content.locales[locale]?.[moduleNamespace(id)] ?? {};
    for (const scenario of module.scenarios) {
      output.out(`${id} / ${formatEndings(scenario, resource).join('\n')}`);
      output.out('');
    }
  }
  return failed ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
