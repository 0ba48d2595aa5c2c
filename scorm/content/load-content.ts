import path from 'node:path';
import type { ContentProblem } from '../../src/course/content/content-problem';
import { createProblem } from '../../src/course/content/content-problem';
import type { ContentTree } from '../../src/course/content/content-tree';
import type { LocaleResource, LocaleResources } from '../../src/course/content/locale-resource';
import { isMapping } from '../../src/course/content/locale-entries';
import { UnknownCourse } from '../../src/course/content/problem-catalogue';
import { validateContent } from '../../src/course/content/validate-content';
import type { Course } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { courseNamespace, moduleNamespace } from '../../src/course/text-keys';
import { ContentValidationError } from './content-validation-error';
import { COURSES_FOLDER, readContentTree } from './read-content-tree';
import type { ReadOptions } from './read-content-tree';

export interface LoadedContent {
  /** Schema-valid courses by id (defaults applied). */
  courses: Record<string, Course>;
  /** Schema-valid modules by id (defaults applied). */
  modules: Record<string, Module>;
  /** Locale → namespace (`course/<id>`, `module/<id>`) → texts, for every readable locale file. */
  locales: LocaleResources;
  /** Every problem in the tree; content is fit to ship only when this is empty. */
  problems: ContentProblem[];
  /** The tree as read, for tools that need file locations (the Vite plugin). */
  tree: ContentTree;
}

export interface CourseContent {
  course: Course;
  /** The course's modules by id, in the course's order. */
  modules: Record<string, Module>;
  /** Only the course's locales and the namespaces of the course and its modules. */
  locales: LocaleResources;
  /** Absolute folder of each of the course's modules, by module id. */
  moduleDirs: Record<string, string>;
  /** Absolute path of the course folder. */
  courseDir: string;
  /** Every media file of the course's modules: "<moduleId>/media/<name>" → absolute path. */
  mediaFiles: Record<string, string>;
}

/** Read and validate a whole content root (default modules/). Never throws for content mistakes. */
export function loadContent(rootDir = 'modules', options: ReadOptions = {}): LoadedContent {
  const tree = readContentTree(rootDir, options);
  const { problems, courses, modules } = validateContent(tree);
  const locales: LocaleResources = {};
  const add = (locale: string, namespace: string, data: unknown): void => {
    if (!isMapping(data)) return;
    (locales[locale] ??= {})[namespace] = data as LocaleResource;
  };
  for (const folder of tree.courses) {
    for (const [locale, doc] of Object.entries(folder.locales)) if (doc.ok) add(locale, courseNamespace(folder.folder), doc.data);
  }
  for (const folder of tree.modules) {
    for (const [locale, doc] of Object.entries(folder.locales)) if (doc.ok) add(locale, moduleNamespace(folder.folder), doc.data);
  }
  return { courses, modules, locales, problems, tree };
}

/**
 * The validated content of one course, for packaging and tests. Throws a
 * ContentValidationError listing every problem in the tree if there is any, so
 * nothing is ever built from content that failed validation.
 */
export function loadCourseContent(rootDir: string, courseId: string, options: ReadOptions = {}): CourseContent {
  const loaded = loadContent(rootDir, options);
  const projectRoot = path.resolve(options.projectRoot ?? process.cwd());
  const course = loaded.courses[courseId];
  const problems = [...loaded.problems];
  if (!loaded.tree.courses.some((c) => c.folder === courseId)) {
    const known = loaded.tree.courses.map((c) => c.folder);
    const file = path.relative(projectRoot, path.resolve(rootDir, COURSES_FOLDER)).split(path.sep).join('/');
    problems.push(createProblem(UnknownCourse, { id: courseId, known }, { file, line: 1, path: '', field: 'COURSE', found: courseId, expected: known.join(', ') }));
  }
  if (problems.length > 0 || !course) throw new ContentValidationError(problems);

  const modules: Record<string, Module> = {};
  const moduleDirs: Record<string, string> = {};
  const mediaFiles: Record<string, string> = {};
  for (const ref of course.modules) {
    const module = loaded.modules[ref.id];
    const folder = loaded.tree.modules.find((m) => m.folder === ref.id);
    // Validation guarantees both; a failure here is a bug in validation, not in content.
    if (!module || !folder) throw new Error(`Validated course "${courseId}" refers to module "${ref.id}" that was not loaded`);
    modules[ref.id] = module;
    moduleDirs[ref.id] = path.resolve(projectRoot, folder.dir);
    for (const media of folder.media) mediaFiles[`${ref.id}/${media}`] = path.resolve(projectRoot, folder.dir, media);
  }
  const namespaces = [courseNamespace(courseId), ...course.modules.map((ref) => moduleNamespace(ref.id))];
  const locales: LocaleResources = {};
  for (const locale of course.locales) {
    locales[locale] = Object.fromEntries(namespaces.flatMap((ns) => (loaded.locales[locale]?.[ns] ? [[ns, loaded.locales[locale][ns]]] : [])));
  }
  const courseFolder = loaded.tree.courses.find((c) => c.folder === courseId);
  return { course, modules, locales, moduleDirs, courseDir: path.resolve(projectRoot, courseFolder?.dir ?? ''), mediaFiles };
}
