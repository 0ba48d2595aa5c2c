import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Audience } from '../src/course/schema/course-schema';
import { moduleNamespace } from '../src/course/text-keys';
import { loadContent } from './content/load-content';
import type { LoadedContent } from './content/load-content';
import { moduleReadability } from './content/readability';
import type { ModuleReadability } from './content/readability';

/**
 * `npm run readability [-- <module-id>…]`: for each module (default: every module a course uses),
 * its screens, words, minutes on a typical path, Flesch reading ease (module average and lowest
 * screen), then every screen's words and Flesch, marking those under the audience's targets.
 * Works on content that does not validate yet, so authors can use it while they write.
 * Exit code 1 when a module misses a target.
 */

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** The audience whose targets apply: the stricter one if two courses share the module. */
export function audienceOf(content: LoadedContent, moduleId: string): Audience {
  const audiences = Object.values(content.courses)
    .filter((c) => c.modules.some((ref) => ref.id === moduleId))
    .map((c) => c.audience);
  return audiences.includes('parents-and-carers') ? 'parents-and-carers' : 'practitioners';
}

const figure = (n: number): string => (Number.isNaN(n) ? '–' : n.toFixed(1));

export function formatReport(report: ModuleReadability, audience: Audience): string[] {
  const { targets } = report;
  const mark = (ok: boolean): string => (ok ? ' ' : '✗');
  const moduleOk = !Number.isNaN(report.flesch) && report.flesch >= targets.module;
  const lines = [
    `${report.moduleId} (${audience}: module average ≥ ${targets.module}, every screen ≥ ${targets.screen})`,
    `  ${report.screens.length} screens, ${report.words} words, about ${report.minutes} minutes on a typical path`,
    `${mark(moduleOk)} Flesch average ${figure(report.flesch)}${moduleOk ? '' : ` (under ${targets.module})`}; lowest screen ${figure(report.lowest?.flesch ?? Number.NaN)} (${report.lowest?.screen.name ?? 'none'}); ${report.words} words; about ${report.minutes} minutes on a typical path`,
    `  ${'words'.padStart(6)} ${'Flesch'.padStart(6)}  screen`,
  ];
  for (const s of report.screens) {
    lines.push(`${mark(s.passes)} ${String(s.counts.words).padStart(6)} ${figure(s.flesch).padStart(6)}  ${s.screen.name}${s.passes ? '' : ` (under ${targets.screen})`}`);
  }
  const failing = report.screens.filter((s) => !s.passes).length;
  lines.push(report.passes ? '  meets the targets' : `  misses the targets: ${failing} screen${failing === 1 ? '' : 's'} under ${targets.screen}${moduleOk ? '' : `, module average under ${targets.module}`}`);
  return lines;
}

export function main(args: readonly string[], output: CliOutput = consoleOutput, rootDir = 'modules'): number {
  const content = loadContent(rootDir);
  const used = [...new Set(Object.values(content.courses).flatMap((c) => c.modules.map((ref) => ref.id)))];
  const ids = args.length > 0 ? [...args] : used.length > 0 ? used : Object.keys(content.modules);
  let failed = false;
  for (const [i, id] of ids.entries()) {
    const module = content.modules[id];
    if (!module) {
      output.err(`No module "${id}" could be read (known: ${Object.keys(content.modules).join(', ') || 'none'}); run npm run validate to see why.`);
      failed = true;
      continue;
    }
    const audience = audienceOf(content, id);
    const locale = Object.values(content.courses).find((c) => c.modules.some((ref) => ref.id === id))?.locales[0] ?? 'en-GB';
    const resource = content.locales[locale]?.[moduleNamespace(id)] ?? {};
    const report = moduleReadability(module, resource, audience);
    if (i > 0) output.out('');
    for (const line of formatReport(report, audience)) output.out(line);
    failed ||= !report.passes;
  }
  if (content.problems.length > 0) {
    output.err(`\nThe content has ${content.problems.length} validation problem(s); run npm run validate to see them.`);
  }
  return failed ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
