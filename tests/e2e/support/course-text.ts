import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { CourseSchema, type Course } from '../../../src/course/schema/course-schema';
import { ModuleSchema, type Module } from '../../../src/course/schema/module-schema';
import { isTour, TOUR_CONTENT_DIR } from '../../tours/tours';
import { REPO_ROOT } from './served-build';

/**
 * The texts the learner sees, read at test time from the same files the course is
 * built from, so the browser tests find controls by their real accessible names and
 * follow content changes without edits.
 */

type Values = Record<string, string | number>;

function textAt(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function lookup(tree: unknown, key: string, file: string): string {
  const text = textAt(tree, key);
  if (text === undefined) throw new Error(`${file}: no text at "${key}"`);
  return text;
}

const interpolate = (text: string, values: Values = {}): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * The accessible name a UI string produces: `<hidden>…</hidden>` marks text that is
 * visually hidden but still part of the name, so the tags go and the words stay.
 */
const accessibleName = (text: string): string => text.replace(/<\/?hidden>/g, '').replace(/\s+/g, ' ').trim();

const readYaml = (relativePath: string): unknown => parse(readFileSync(join(REPO_ROOT, relativePath), 'utf8'));

// ui.json has the first screen's strings; the other files are the parts loaded on demand (src/lib/i18n/ui-parts.ts).
const UI_FOLDER = 'src/lib/i18n/locales/en-GB';
let uiFiles: { file: string; tree: unknown }[] | undefined;

const readUiFiles = () =>
  (uiFiles ??= readdirSync(join(REPO_ROOT, UI_FOLDER))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ file: `${UI_FOLDER}/${name}`, tree: JSON.parse(readFileSync(join(REPO_ROOT, UI_FOLDER, name), 'utf8')) as unknown })));

/** A UI string from whichever en-GB UI file holds it (key without the "ui:" prefix), as an accessible name. */
export function uiText(key: string, values?: Values): string {
  const files = readUiFiles();
  // A section can be split between the first screen's file and a part (accessibilityStatement).
  for (const { tree } of files) {
    const text = textAt(tree, key);
    if (text !== undefined) return accessibleName(interpolate(text, values));
  }
  throw new Error(`${UI_FOLDER}: no text at "${key}" in ${files.map(({ file }) => file).join(', ')}`);
}

export interface ModuleContent {
  module: Module;
  /** A text of the module's en-GB locale, by a key from src/course/module-text-keys.ts. */
  text(key: string): string;
}

export function loadModuleContent(moduleId: string, locale = 'en-GB'): ModuleContent {
  const module = ModuleSchema.parse(readYaml(`modules/${moduleId}/module.yaml`));
  const file = `modules/${moduleId}/locales/${locale}.yaml`;
  const texts = readYaml(file);
  return { module, text: (key) => accessibleName(lookup(texts, key, file)) };
}

export interface CourseContent {
  course: Course;
  text(key: string): string;
}

/** Where a course's folder is: modules/courses/, or for a tour course (tests/tours/) the content root package:tours writes. */
const courseFolder = (courseId: string): string =>
  isTour(courseId) ? `${relative(REPO_ROOT, TOUR_CONTENT_DIR)}/courses/${courseId}` : `modules/courses/${courseId}`;

export function loadCourseContent(courseId: string, locale = 'en-GB'): CourseContent {
  const course = CourseSchema.parse(readYaml(`${courseFolder(courseId)}/course.yaml`));
  const file = `${courseFolder(courseId)}/locales/${locale}.yaml`;
  const texts = readYaml(file);
  return { course, text: (key) => accessibleName(lookup(texts, key, file)) };
}
