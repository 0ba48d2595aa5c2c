import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentValidationError, formatProblemList } from './content/content-validation-error';
import { loadContent } from './content/load-content';
import { DEFAULT_PARTNERSHIP_ID, loadPartnership, partnershipIds, validateAllPartnerships } from './content/load-partnership';

/**
 * `npm run validate [-- --partnership <id>] [content-root] [partnerships-root]`: check every course
 * and module (default root modules/) and every partnership (default partnerships/), then the
 * partnership a build would be made for (--partnership, else env PARTNERSHIP, else the national
 * build) as the build checks it: against the courses it ships and the age of its checked numbers.
 * Prints every problem, one per line, then the count. Exit code 1 on any problem, so CI and the
 * build stop on invalid content.
 */

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: CliOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

export interface ValidateOptions {
  /** The clock for the age of the chosen partnership's numbers (tests pin it). */
  now?: Date;
  env?: Readonly<Record<string, string | undefined>>;
}

export function main(args: readonly string[], output: CliOutput = consoleOutput, options: ValidateOptions = {}): number {
  const flag = args.indexOf('--partnership');
  const chosenArg = flag >= 0 ? args[flag + 1] : undefined;
  if (flag >= 0 && (!chosenArg || chosenArg.startsWith('-'))) {
    output.err('--partnership needs a partnership id, e.g. npm run validate -- --partnership bromley');
    return 1;
  }
  const positional = args.filter((arg, i) => !(flag >= 0 && (i === flag || i === flag + 1)) && !arg.startsWith('--'));
  const rootDir = positional[0] ?? 'modules';
  const partnershipsRoot = positional[1] ?? 'partnerships';
  const chosen = chosenArg ?? (options.env ?? process.env)['PARTNERSHIP'] ?? DEFAULT_PARTNERSHIP_ID;

  const known = partnershipIds(path.resolve(partnershipsRoot));
  if (!known.includes(chosen)) {
    output.err(`No partnership "${chosen}" under ${partnershipsRoot}/ (found: ${known.join(', ') || 'none'}).`);
    return 1;
  }
  const content = loadContent(rootDir);
  const courseIds = content.tree.courses.map((c) => c.folder);
  const partnerships = validateAllPartnerships(partnershipsRoot, process.cwd(), courseIds);
  const problems = [...content.problems, ...partnerships.problems];
  const warnings: string[] = [];
  if (partnerships.problems.length === 0) {
    try {
      const sourceLocales = [...new Set(Object.values(content.courses).flatMap((course) => course.locales.slice(0, 1)))];
      const loaded = loadPartnership(chosen, sourceLocales, partnershipsRoot, process.cwd(), { knownCourses: courseIds, now: options.now ?? new Date() });
      warnings.push(...loaded.warnings);
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      problems.push(...error.problems);
    }
  }
  for (const warning of warnings) output.err(warning);
  if (problems.length > 0) {
    output.err(formatProblemList(problems));
    return 1;
  }
  const courses = Object.keys(content.courses).length;
  const modules = Object.keys(content.modules).length;
  const locales = Object.keys(content.locales).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  output.out(
    `Content valid: ${plural(courses, 'course')}, ${plural(modules, 'module')}, ${plural(locales, 'locale')}, ${plural(partnerships.count, 'partnership')}; ` +
      `builds for "${chosen}" are ready`,
  );
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
