import type { z } from 'zod';
import { CourseSchema } from '../schema/course-schema';
import type { Course } from '../schema/course-schema';
import { ModuleSchema } from '../schema/module-schema';
import type { Module } from '../schema/module-schema';
import { courseRequiredTexts, moduleRequiredTexts } from '../required-texts';
import { createProblem, sortProblems } from './content-problem';
import type { ContentProblem } from './content-problem';
import { localeFilePath } from './content-tree';
import type { ContentTree, CourseFolder, ModuleFolder } from './content-tree';
import { courseProblems } from './course-checks';
import { misplacedModuleTexts } from './lesson-block-checks';
import { moduleProblems } from './module-checks';
import type { ParsedDocument } from './parsed-document';
import { DuplicateCourseId, DuplicateModuleId, FolderMismatch, MissingFile, MissingLocaleFile, OrphanModule, UnusedLocaleFile } from './problem-catalogue';
import { parseWithSchema } from './schema-problems';
import { repeatedInstructionProblems } from './instruction-checks';
import { screenLengthProblems } from './screen-length-checks';
import { sourceCitationProblems } from './source-checks';
import { textProblems } from './text-checks';

export interface ContentValidation {
  /** Every problem found, sorted by file and line; empty when the content is valid. */
  problems: ContentProblem[];
  /** Courses that passed their schema (defaults applied), by id. */
  courses: Record<string, Course>;
  /** Modules that passed their schema (defaults applied), by id. */
  modules: Record<string, Module>;
}

interface Parsed<F, T> {
  folder: F;
  doc: ParsedDocument;
  value: T;
}
type ParsedModule = Parsed<ModuleFolder, Module>;
type ParsedCourse = Parsed<CourseFolder, Course>;

/**
 * Validate a whole content tree and report every problem at once (never only the
 * first). Later checks run only on what earlier ones accepted, so one mistake
 * yields one problem rather than a cascade.
 */
export function validateContent(tree: ContentTree): ContentValidation {
  const problems: ContentProblem[] = [...(tree.problems ?? [])];
  const docsOf = (folder: ModuleFolder | CourseFolder) => [folder.structure, ...Object.values(folder.locales)];
  for (const folder of [...tree.modules, ...tree.courses]) {
    for (const doc of docsOf(folder)) if (doc) problems.push(...doc.problems);
  }

  const modules: ParsedModule[] = parseFolders(tree.modules, 'module.yaml', ModuleSchema, 'module', problems);
  const courses: ParsedCourse[] = parseFolders(tree.courses, 'course.yaml', CourseSchema, 'course', problems);
  const moduleById = new Map(modules.map((m) => [m.value.id, m.value]));
  const knownModuleIds = [...new Set([...tree.modules.map((m) => m.folder), ...moduleById.keys()])];

  problems.push(...duplicateModuleIds(modules));
  problems.push(...duplicateCourseIds(courses));
  for (const m of modules) problems.push(...moduleProblems(m.value, m.doc, m.folder));
  for (const c of courses) problems.push(...courseProblems(c.value, c.doc, moduleById, knownModuleIds));

  // A course naming an unknown module (usually a typo) would also make its texts and the
  // misspelt module look wrong; report the typo alone and check the rest once it is fixed.
  const sound = courses.filter((c) => c.value.modules.every((ref) => knownModuleIds.includes(ref.id)));
  // Which course ships which locale, and which module is used, is only known if every course could be read.
  const allCoursesSound = sound.length === tree.courses.length;
  for (const c of sound) problems.push(...courseLocaleProblems(c));
  const moduleFolders = new Map(modules.map((m) => [m.value.id, { module: m.value, folder: m.folder }]));
  for (const c of sound) problems.push(...sourceCitationProblems(c.value, moduleFolders));
  problems.push(...moduleLocaleProblems(modules, courses, allCoursesSound));
  if (allCoursesSound) problems.push(...orphanProblems(modules, courses));

  return {
    problems: sortProblems(problems),
    courses: Object.fromEntries(courses.map((c) => [c.value.id, c.value])),
    modules: Object.fromEntries(modules.map((m) => [m.value.id, m.value])),
  };
}

function parseFolders<F extends ModuleFolder | CourseFolder, S extends z.ZodType<{ id: string }>>(
  folders: readonly F[],
  fileName: string,
  schema: S,
  kind: string,
  problems: ContentProblem[],
): Parsed<F, z.output<S>>[] {
  const parsed: Parsed<F, z.output<S>>[] = [];
  for (const folder of folders) {
    const doc = folder.structure;
    if (!doc) {
      const expectedFile = `${folder.dir}/${fileName}`;
      problems.push(createProblem(MissingFile, { expectedFile }, { file: expectedFile, line: 1, path: '', field: fileName, expected: expectedFile }));
      continue;
    }
    if (!doc.ok) continue;
    const result = parseWithSchema(schema, doc);
    problems.push(...result.problems);
    if (!result.value) continue;
    if (result.value.id !== folder.folder) {
      problems.push(
        createProblem(FolderMismatch, { kind, id: result.value.id, folder: folder.folder }, { file: doc.file, line: doc.lineOf(['id']), path: ['id'], found: result.value.id, expected: folder.folder }),
      );
    }
    parsed.push({ folder, doc, value: result.value });
  }
  return parsed;
}

function duplicateModuleIds(modules: readonly ParsedModule[]): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { value, doc } of modules) {
    const otherFile = first.get(value.id);
    if (otherFile === undefined) first.set(value.id, doc.file);
    else problems.push(createProblem(DuplicateModuleId, { id: value.id, otherFile }, { file: doc.file, line: doc.lineOf(['id']), path: ['id'], found: value.id }));
  }
  return problems;
}

function duplicateCourseIds(courses: readonly ParsedCourse[]): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { value, doc } of courses) {
    const otherFile = first.get(value.id);
    if (otherFile === undefined) first.set(value.id, doc.file);
    else problems.push(createProblem(DuplicateCourseId, { id: value.id, otherFile }, { file: doc.file, line: doc.lineOf(['id']), path: ['id'], found: value.id }));
  }
  return problems;
}

function courseLocaleProblems({ value: course, doc, folder }: ParsedCourse): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const required = courseRequiredTexts(course);
  course.locales.forEach((locale, i) => {
    const localeDoc = folder.locales[locale];
    // Every language the course offers needs the course's own texts whole (its modules' may be partial):
    // the menu shows them on the first screen, which has no room for the code that marks English text
    // inside a translated page as English (src/lib/i18n/use-marked-content-text.ts).
    if (!localeDoc) problems.push(missingLocaleFile(doc, i, locale, localeFilePath(folder.dir, locale)));
    else problems.push(...textProblems(required, doc, localeDoc, new Map(), false));
  });
  for (const [locale, localeDoc] of Object.entries(folder.locales)) {
    if (!course.locales.includes(locale)) problems.push(unusedLocaleFile(localeDoc, locale, course.locales));
  }
  return problems;
}

function moduleLocaleProblems(
  modules: readonly ParsedModule[],
  courses: readonly ParsedCourse[],
  allCoursesSound: boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { value: module, doc, folder } of modules) {
    const users = courses.filter((c) => c.value.modules.some((ref) => ref.id === module.id));
    const shipped = [...new Set(users.flatMap((c) => c.value.locales))];
    // The courses' source languages: every text is needed in these; other locales are translations, complete or not.
    const sources = new Set(users.map((c) => c.value.locales[0]));
    const reportedMissing = new Set<string>();
    for (const user of users) {
      user.value.locales.forEach((locale, i) => {
        const expectedFile = localeFilePath(folder.dir, locale);
        if (i > 0 || folder.locales[locale] || reportedMissing.has(expectedFile)) return;
        reportedMissing.add(expectedFile);
        problems.push(missingLocaleFile(user.doc, i, locale, expectedFile));
      });
    }
    const required = moduleRequiredTexts(module);
    const misplaced = misplacedModuleTexts(module);
    for (const [locale, localeDoc] of Object.entries(folder.locales)) {
      if (allCoursesSound && users.length > 0 && !shipped.includes(locale)) problems.push(unusedLocaleFile(localeDoc, locale, shipped));
      else problems.push(...textProblems(required, doc, localeDoc, misplaced, users.length > 0 && !sources.has(locale)));
    }
    const audiences = users.map((user) => user.value.audience);
    // Word limits and instruction wording are the source's: a faithful translation runs longer in
    // some languages (Urdu, Welsh), and a translator cannot cut what the author wrote.
    for (const locale of shipped.filter((l) => sources.has(l))) {
      const localeDoc = folder.locales[locale];
      if (localeDoc) problems.push(...screenLengthProblems(module, localeDoc, audiences));
      if (localeDoc) problems.push(...repeatedInstructionProblems(module, localeDoc));
    }
  }
  return problems;
}

function orphanProblems(modules: readonly ParsedModule[], courses: readonly ParsedCourse[]): ContentProblem[] {
  const used = new Set(courses.flatMap((c) => c.value.modules.map((ref) => ref.id)));
  return modules
    // A module whose id differs from its folder is already reported; the course may name either.
    .filter((m) => !used.has(m.value.id) && !used.has(m.folder.folder))
    .map(({ value, doc }) => createProblem(OrphanModule, { id: value.id }, { file: doc.file, line: doc.lineOf(['id']), path: ['id'], found: value.id, expected: 'a module listed by a course' }));
}

function missingLocaleFile(courseDoc: ParsedDocument, index: number, locale: string, expectedFile: string): ContentProblem {
  const path = ['locales', index];
  return createProblem(MissingLocaleFile, { locale, expectedFile }, { file: courseDoc.file, line: courseDoc.lineOf(path), path, field: 'locales', found: locale, expected: expectedFile });
}

function unusedLocaleFile(localeDoc: ParsedDocument, locale: string, shipped: readonly string[]): ContentProblem {
  return createProblem(UnusedLocaleFile, { locale, shipped }, { file: localeDoc.file, line: 1, path: '', field: locale, found: locale, expected: `one of ${shipped.join(', ')}` });
}
