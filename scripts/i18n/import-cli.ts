import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCatalogue, shippedLanguages } from './catalogue';
import { consoleOutput, isMain, projectRoot, reportingLocaleErrors } from './cli-output';
import type { CliOutput } from './cli-output';
import { formatProblem } from './import-problem';
import { importXliff } from './import-xliff';
import { applyWrites } from './locale-files';

/**
 * `npm run i18n:import -- <file.xlf> [--new-language] [--replace-changed]`: checks the whole file first and lists
 * every problem as `file:line: message`; only a file without any problem is written into the
 * locale files (and the status files), so a failed import changes nothing.
 */

export function main(args: readonly string[], output: CliOutput = consoleOutput, root = projectRoot()): number {
  return reportingLocaleErrors(() => run(args, output, root), output);
}

function run(args: readonly string[], output: CliOutput, root: string): number {
  const newLanguage = args.includes('--new-language');
  const replaceChanged = args.includes('--replace-changed');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length !== 1 || paths[0] === undefined) {
    output.err('Usage: npm run i18n:import -- <file.xlf> [--new-language] [--replace-changed]');
    return 1;
  }
  const file = paths[0];
  let xml: string;
  try {
    // npm runs scripts from the project root; a relative path is meant from where the command was typed.
    xml = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  } catch {
    output.err(`${file}: cannot be read (is the path right?)`);
    return 1;
  }
  const result = importXliff(root, xml, readCatalogue(root), { shipped: shippedLanguages(root), newLanguage, replaceChanged });
  if (result.problems.length > 0) {
    const sorted = [...result.problems].sort((a, b) => a.line - b.line);
    for (const problem of sorted) output.err(formatProblem(file, problem));
    output.err(`${sorted.length} problem${sorted.length === 1 ? '' : 's'}; nothing was imported. Fix them in the translation tool (or the file) and import again.`);
    return 1;
  }
  applyWrites(root, result.writes);
  for (const written of result.writes.keys()) output.out(`wrote ${written}`);
  output.out(
    result.writes.size === 0
      ? `${file}: nothing to change, every text is as in the locale files.`
      : `${file}: ${result.changed} text${result.changed === 1 ? '' : 's'} new or changed, ${result.reviewed} marked reviewed. Check them with npm run validate and npm run i18n:status.`,
  );
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
