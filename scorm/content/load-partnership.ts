import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createProblem, type ContentProblem } from '../../src/course/content/content-problem';
import { checkPartnership, type PartnershipFolder } from '../../src/course/content/partnership-checks';
import { FolderMismatch, MissingFile, UnknownPartnership } from '../../src/course/content/problem-catalogue';
import { parseYamlDocument } from '../../src/course/content/yaml-document';
import type { LocaleResource } from '../../src/course/content/locale-resource';
import type { Partnership } from '../../src/course/schema/partnership-schema';
import { ContentValidationError } from './content-validation-error';

export const DEFAULT_PARTNERSHIPS_ROOT = 'partnerships';
/** The worked example shipped with the project (a partnership's own published numbers). */
export const DEFAULT_PARTNERSHIP_ID = 'bromley';

export interface PartnershipContent {
  partnership: Partnership;
  /** Locale → texts of the `partnership` namespace. */
  locales: Record<string, LocaleResource>;
  /** Absolute path of the partnership's folder (its locale files are imported from there). */
  dir: string;
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
  };
}

function check(folder: PartnershipFolder, requiredLocales: readonly string[]): { partnership: Partnership | undefined; problems: ContentProblem[] } {
  const result = checkPartnership(folder, requiredLocales);
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

const partnershipIds = (root: string): string[] =>
  existsSync(root) ? readdirSync(root).filter((name) => !name.startsWith('.') && statSync(path.join(root, name)).isDirectory()).sort() : [];

/** Every problem in every partnership folder (for `npm run validate`). */
export function validateAllPartnerships(rootDir = DEFAULT_PARTNERSHIPS_ROOT, projectRoot = process.cwd()): { count: number; problems: ContentProblem[] } {
  const root = path.resolve(rootDir);
  const ids = partnershipIds(root);
  const problems = ids.flatMap((id) => {
    const folder = readFolder(path.join(root, id), projectRoot);
    return 'code' in folder ? [folder] : check(folder, []).problems;
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
  const { partnership, problems } = check(folder, requiredLocales);
  if (!partnership || problems.length > 0) throw new ContentValidationError(problems);
  const locales: Record<string, LocaleResource> = {};
  for (const locale of partnership.locales) locales[locale] = folder.locales[locale]?.data as LocaleResource;
  return { partnership, locales, dir: path.join(root, id) };
}
