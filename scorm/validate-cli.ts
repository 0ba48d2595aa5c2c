import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblemList } from './content/content-validation-error';
import { loadContent } from './content/load-content';
import { validateAllPartnerships } from './content/load-partnership';

/**
 * `npm run validate [content-root] [partnerships-root]`: check every course and module
 * (default root modules/) and every partnership (default partnerships/), and print every problem, one per line, then the count. Exit code 1 on
 * any problem, so CI and the build stop on invalid content.
 */

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: CliOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

export function main(args: readonly string[], output: CliOutput = consoleOutput): number {
  const rootDir = args[0] ?? 'modules';
  const partnershipsRoot = args[1] ?? 'partnerships';
  const content = loadContent(rootDir);
  const partnerships = validateAllPartnerships(partnershipsRoot);
  const problems = [...content.problems, ...partnerships.problems];
  if (problems.length > 0) {
    output.err(formatProblemList(problems));
    return 1;
  }
  const courses = Object.keys(content.courses).length;
  const modules = Object.keys(content.modules).length;
  const locales = Object.keys(content.locales).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  output.out(
    `Content valid: ${plural(courses, 'course')}, ${plural(modules, 'module')}, ${plural(locales, 'locale')}, ${plural(partnerships.count, 'partnership')}`,
  );
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
