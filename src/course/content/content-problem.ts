import type { StructurePath } from '../required-texts';
import type { ProblemCode } from './problem-catalogue';

/**
 * One thing wrong with the course content. Validation collects every problem in
 * one pass, so an author fixes them all at once instead of one build at a time.
 */
export interface ContentProblem {
  /** Permanent PascalCase name from the problem catalogue; tests and tools key on it. */
  code: ProblemCode;
  /** Path of the file to fix, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in `file` (the nearest existing parent when the thing is missing). */
  line: number;
  /** Where in the file: `steps[2].options[1].id` in a structure file, `steps.intro.title` in a locale file. */
  path: string;
  /** The field at fault: the last key of `path`, or the text key for a translation problem. */
  field: string;
  /** What the file has, when there is something to show. */
  found?: string;
  /** What it should have, when that can be said briefly. */
  expected?: string;
  /** One line, ready to print: `file:line → path: what is wrong`. */
  message: string;
  /** How to fix it. */
  hint: string;
}

export interface ProblemLocation {
  file: string;
  line: number;
  /** A structure path (formatted as `a[0].b`) or an already formatted path. */
  path: StructurePath | string;
  /** Defaults to the last key of the path. */
  field?: string;
  found?: string;
  expected?: string;
}

/** `['steps', 2, 'options', 1, 'id']` → `steps[2].options[1].id`. */
export function formatPath(path: StructurePath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}

/** The last named key of a path: `steps[2].options[1]` → `options`. */
export function lastField(path: StructurePath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

/** The printed form of a problem's location and detail, as in Astro's content errors. */
export function formatProblemMessage(file: string, line: number, path: string, detail: string): string {
  return path === '' ? `${file}:${line} → ${detail}` : `${file}:${line} → ${path}: ${detail}`;
}

/** The part of a catalogue entry needed to create a problem. */
export interface ProblemKind<Args> {
  readonly name: ProblemCode;
  readonly message: (args: Args) => string;
  readonly hint: string;
}

export function createProblem<Args>(data: ProblemKind<Args>, args: Args, at: ProblemLocation): ContentProblem {
  const path = typeof at.path === 'string' ? at.path : formatPath(at.path);
  const field = at.field ?? (typeof at.path === 'string' ? (at.path.split('.').pop() ?? '') : lastField(at.path));
  const problem: ContentProblem = {
    code: data.name,
    file: at.file,
    line: at.line,
    path,
    field,
    message: formatProblemMessage(at.file, at.line, path, data.message(args)),
    hint: data.hint,
  };
  if (at.found !== undefined) problem.found = at.found;
  if (at.expected !== undefined) problem.expected = at.expected;
  return problem;
}

/** Problems in reading order: by file, then line, so a printed list walks through each file once. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
