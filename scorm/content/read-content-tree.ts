import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createProblem } from '../../src/course/content/content-problem';
import type { ContentProblem } from '../../src/course/content/content-problem';
import type { ContentTree, CourseFolder, ModuleFolder } from '../../src/course/content/content-tree';
import type { ParsedDocument } from '../../src/course/content/parsed-document';
import { MissingFile, UnexpectedFile } from '../../src/course/content/problem-catalogue';
import { parseYamlDocument } from '../../src/course/content/yaml-document';

const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.yaml$/;
/** `<locale>.status.yaml` lists a translation's reviewed texts, for the translation tools (docs/translation.md), not the course. */
const STATUS_FILE = /^[a-z]{2,3}(?:-[A-Z]{2})?\.status\.yaml$/;
export const COURSES_FOLDER = 'courses';

export interface ReadOptions {
  /** File paths in problems are relative to this (default: the current directory, i.e. the project root under npm). */
  projectRoot?: string;
}

/**
 * Read a content root (modules/ or a test fixture laid out the same way) into the
 * tree validation works on: every module folder, every course under courses/,
 * their YAML parsed with line numbers, and the media file names. Files that do not
 * belong to the layout are reported rather than ignored, so a misspelt file name
 * cannot silently drop content.
 */
export function readContentTree(rootDir: string, options: ReadOptions = {}): ContentTree {
  const root = path.resolve(rootDir);
  const projectRoot = path.resolve(options.projectRoot ?? process.cwd());
  const relative = (absolute: string): string => path.relative(projectRoot, absolute).split(path.sep).join('/');
  const problems: ContentProblem[] = [];
  const unexpected = (absolute: string, allowed: string): void => {
    problems.push(createProblem(UnexpectedFile, { allowed }, { file: relative(absolute), line: 1, path: '', field: path.basename(absolute), found: path.basename(absolute) }));
  };
  const readYaml = (absolute: string): ParsedDocument => parseYamlDocument(relative(absolute), readFileSync(absolute, 'utf8'));

  const readLocales = (dir: string): Record<string, ParsedDocument> => {
    const locales: Record<string, ParsedDocument> = {};
    for (const name of listVisible(path.join(dir, 'locales'))) {
      const absolute = path.join(dir, 'locales', name);
      const locale = LOCALE_FILE.exec(name)?.[1];
      if (STATUS_FILE.test(name) && isFile(absolute)) continue;
      if (locale && isFile(absolute)) locales[locale] = readYaml(absolute);
      else unexpected(absolute, 'locale files named like en.yaml or cy.yaml');
    }
    return locales;
  };

  const readFolder = (dir: string, structureName: string, allowed: readonly string[]) => {
    for (const name of listVisible(dir)) {
      if (!allowed.includes(name)) unexpected(path.join(dir, name), allowed.join(', '));
    }
    const structurePath = path.join(dir, structureName);
    return {
      folder: path.basename(dir),
      dir: relative(dir),
      structure: isFile(structurePath) ? readYaml(structurePath) : undefined,
      locales: readLocales(dir),
    };
  };

  const modules: ModuleFolder[] = [];
  const courses: CourseFolder[] = [];
  // An empty tree would otherwise "validate" (a typo in the root passed to the CLI, say).
  const coursesDir = path.join(root, COURSES_FOLDER);
  if (!isDirectory(coursesDir)) {
    const expectedFile = `${relative(coursesDir)}/`;
    problems.push(createProblem(MissingFile, { expectedFile }, { file: relative(root) || '.', line: 1, path: '', field: COURSES_FOLDER, expected: expectedFile }));
  }
  for (const name of listVisible(root)) {
    const dir = path.join(root, name);
    // Loose files at the root (a README for authors) are not content.
    if (!isDirectory(dir)) continue;
    if (name === COURSES_FOLDER) {
      for (const courseName of listVisible(dir)) {
        const courseDir = path.join(dir, courseName);
        if (isDirectory(courseDir)) courses.push(readFolder(courseDir, 'course.yaml', ['course.yaml', 'locales']));
        else unexpected(courseDir, 'one folder per course');
      }
      continue;
    }
    const folder = readFolder(dir, 'module.yaml', ['module.yaml', 'locales', 'media']);
    const media: string[] = [];
    for (const file of listVisible(path.join(dir, 'media'))) {
      if (isFile(path.join(dir, 'media', file))) media.push(`media/${file}`);
      else unexpected(path.join(dir, 'media', file), 'image files (no sub-folders)');
    }
    modules.push({ ...folder, media });
  }
  return { courses, modules, problems };
}

/** Sorted, so problems and generated code come out in the same order on every machine. */
function listVisible(dir: string): string[] {
  if (!existsSync(dir) || !isDirectory(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

const isDirectory = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();
const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
