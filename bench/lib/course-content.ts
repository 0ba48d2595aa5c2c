import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Course } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { courseText } from '../../src/course/text-keys';
import { moduleText } from '../../src/course/module-text-keys';
import { loadPackagingCourse } from '../../scorm/package/course-source';
import type { ProjectPaths } from '../../scorm/package/project-paths';

/**
 * A course's structure and its UK English text, read from modules/ the same way
 * packaging reads it. The scripted learner needs the text to find things by the
 * names a learner sees; the module-loading check needs it to recognise module content.
 */

export const BENCH_LOCALE = 'en-GB';

/** Looks up one text key; a missing key is an error naming the file and the key. */
export type TextLookup = (key: string) => string;

export interface ContentModule {
  module: Module;
  text: TextLookup;
}

export interface CourseContent {
  course: Course;
  title: string;
  courseText: TextLookup;
  /** Every string in the course's locale file (menu texts the first screen may show). */
  courseTexts: string[];
  /** In course order. */
  modules: ContentModule[];
}

function lookupIn(data: unknown, shownFile: string): TextLookup {
  return (key) => {
    let node: unknown = data;
    for (const part of key.split('.')) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') throw new Error(`${shownFile} → ${key}: missing (the bench needs this text to find it on screen)`);
    return node.trim();
  };
}

function stringsIn(data: unknown): string[] {
  if (typeof data === 'string') return [data.trim()];
  if (Array.isArray(data)) return data.flatMap(stringsIn);
  if (typeof data === 'object' && data !== null) return Object.values(data).flatMap(stringsIn);
  return [];
}

async function readLocale(paths: ProjectPaths, dir: string): Promise<{ data: unknown; shown: string }> {
  const file = path.join(dir, 'locales', `${BENCH_LOCALE}.yaml`);
  const shown = path.relative(paths.root, file);
  try {
    return { data: parse(await readFile(file, 'utf8')), shown };
  } catch (error) {
    throw new Error(`${shown}: cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export async function loadCourseContent(paths: ProjectPaths, courseId: string): Promise<CourseContent> {
  const { course, modules, title } = await loadPackagingCourse(paths, courseId);
  const courseLocale = await readLocale(paths, path.join(paths.coursesDir, courseId));
  const contentModules: ContentModule[] = [];
  for (const ref of course.modules) {
    const module = modules[ref.id];
    if (!module) throw new Error(`modules/courses/${courseId}/course.yaml → modules: "${ref.id}" was not loaded`);
    const locale = await readLocale(paths, path.join(paths.contentDir, ref.id));
    contentModules.push({ module, text: lookupIn(locale.data, locale.shown) });
  }
  return {
    course,
    title,
    courseText: lookupIn(courseLocale.data, courseLocale.shown),
    courseTexts: stringsIn(courseLocale.data),
    modules: contentModules,
  };
}

/** The module's title as the course menu shows it. */
export const menuTitle = (content: CourseContent, moduleId: string): string => content.courseText(courseText.moduleTitle(moduleId));

/** The heading a learner sees on a step: the step title, or the scenario title for a scenario step. */
export function stepHeading(entry: ContentModule, stepIndex: number): string {
  const step = entry.module.steps[stepIndex];
  if (!step) throw new Error(`modules/${entry.module.id}/module.yaml → steps[${stepIndex}]: no such step`);
  return step.type === 'scenario' ? entry.text(moduleText.scenarioTitle(step.scenario)) : entry.text(moduleText.stepTitle(step.id));
}
