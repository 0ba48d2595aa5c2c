import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createProblem, type ContentProblem } from '../../src/course/content/content-problem';
import { checkPartnership, numbersCheckedProblems, type PartnershipFolder } from '../../src/course/content/partnership-checks';
import { FolderMismatch, MissingFile, UnknownPartnership } from '../../src/course/content/problem-catalogue';
import { parseYamlDocument } from '../../src/course/content/yaml-document';
import type { LocaleResource } from '../../src/course/content/locale-resource';
import type { Partnership } from '../../src/course/schema/partnership-schema';
import { ContentValidationError } from './content-validation-error';

export const DEFAULT_PARTNERSHIPS_ROOT = 'partnerships';
/** The neutral national build (no local numbers), which `npm start` and a plain `npm run package` make. */
export const DEFAULT_PARTNERSHIP_ID = 'national';

export interface PartnershipContent {
  partnership: Partnership;
  /** Locale → texts of the `partnership` namespace. */
  locales: Record<string, LocaleResource>;
  /** Absolute path of the logo file, when the partnership has one. */
  logoFile?: string;
  /** partnerships/<id>/partnership.yaml, for messages. */
  file: string;
  /** Absolute path of the partnership's folder (its locale files are imported from there). */
  dir: string;
  /** Things to tell whoever builds (numbers checked over 6 months ago). */
  warnings: string[];
}

export interface PartnershipLoadOptions {
  /** Every course under modules/courses/: `courses` and `passMarks` may name only these. */
  knownCourses?: readonly string[];
  /** The clock for the age of `numbersChecked`; without it the age is not checked (as in `npm run validate` for every partnership). */
  now?: Date;
}

const relativeTo = (projectRoot: string, absolute: string): string => path.relative(projectRoot, absolute).split(path.sep).join('/');

function readFolder(dir: string, projectRoot: string): PartnershipFolder | ContentProblem {
  const file = path.join(dir, 'partnership.yaml');
  if (!existsSync(file)) {
    const expectedFile = relativeTo(projectRoot, file);
    return createProblem(MissingFile, { expectedFile }, { file: relativeTo(projectRoot, dir), line: 1, path: '', field: 'partnership.yaml', expected: expectedFile });
  }
  const locales: PartnershipFolder['locales'] = {};
  const localeDir = path.join(dir, 'locales');
  if (existsSync(localeDir)) {
    for (const name of readdirSync(localeDir).sort()) {
      const locale = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.yaml$/.exec(name)?.[1];
      const absolute = path.join(localeDir, name);
      if (locale) locales[locale] = parseYamlDocument(relativeTo(projectRoot, absolute), readFileSync(absolute, 'utf8'));
    }
  }
  return {
    folder: path.basename(dir),
    structure: parseYamlDocument(relativeTo(projectRoot, file), readFileSync(file, 'utf8')),
    locales,
    files: readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isFile()),
  };
}

function check(
  folder: PartnershipFolder,
  requiredLocales: readonly string[],
  knownCourses?: readonly string[],
): { partnership: Partnership | undefined; problems: ContentProblem[] } {
  const result = checkPartnership(folder, knownCourses ? { requiredLocales, knownCourses } : { requiredLocales });
  if (result.partnership && result.partnership.id !== folder.folder) {
    result.problems.push(
      createProblem(FolderMismatch, { kind: 'Partnership', id: result.partnership.id, folder: folder.folder }, {
        file: folder.structure.file,
        line: folder.structure.lineOf(['id']),
        path: ['id'],
        found: result.partnership.id,
        expected: folder.folder,
      }),
    );
  }
  return result;
}

export const partnershipIds = (root: string): string[] =>
  existsSync(root) ? readdirSync(root).filter((name) => !name.startsWith('.') && statSync(path.join(root, name)).isDirectory()).sort() : [];

/** Every problem in every partnership folder (for `npm run validate`). */
export function validateAllPartnerships(
  rootDir = DEFAULT_PARTNERSHIPS_ROOT,
  projectRoot = process.cwd(),
  knownCourses?: readonly string[],
): { count: number; problems: ContentProblem[] } {
  const root = path.resolve(rootDir);
  const ids = partnershipIds(root);
  const problems = ids.flatMap((id) => {
    const folder = readFolder(path.join(root, id), projectRoot);
    return 'code' in folder ? [folder] : check(folder, [], knownCourses).problems;
  });
  return { count: ids.length, problems };
}

/**
 * The settings and texts of the partnership a course is built for. Throws a
 * ContentValidationError listing every problem: a course is never built for a
 * partnership without front-door numbers or without texts in the course's languages.
 */
export function loadPartnership(
  id: string,
  requiredLocales: readonly string[],
  rootDir = DEFAULT_PARTNERSHIPS_ROOT,
  projectRoot = process.cwd(),
  options: PartnershipLoadOptions = {},
): PartnershipContent {
  const root = path.resolve(rootDir);
  const known = partnershipIds(root);
  if (!known.includes(id)) {
    throw new ContentValidationError([
      createProblem(UnknownPartnership, { id, known }, { file: relativeTo(projectRoot, root) || '.', line: 1, path: '', field: 'PARTNERSHIP', found: id, expected: known.join(', ') }),
    ]);
  }
  const folder = readFolder(path.join(root, id), projectRoot);
  if ('code' in folder) throw new ContentValidationError([folder]);
  const { partnership, problems } = check(folder, requiredLocales, options.knownCourses);
  const warnings: string[] = [];
  if (partnership && options.now) {
    const age = numbersCheckedProblems(partnership, folder.structure, options.now);
    problems.push(...age.problems);
    if (age.warning) warnings.push(age.warning);
  }
  if (!partnership || problems.length > 0) throw new ContentValidationError(problems);
  const locales: Record<string, LocaleResource> = {};
  for (const locale of partnership.locales) locales[locale] = folder.locales[locale]?.data as LocaleResource;
  const dir = path.join(root, id);
  return {
    partnership,
    locales,
    ...(partnership.logo ? { logoFile: path.join(dir, partnership.logo) } : {}),
    file: folder.structure.file,
    dir,
    warnings,
  };
}
