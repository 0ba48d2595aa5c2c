import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseYamlDocument } from '../src/course/content/yaml-document';
import { parseWithSchema } from '../src/course/content/schema-problems';
import { CourseSchema } from '../src/course/schema/course-schema';
import { ModuleSchema } from '../src/course/schema/module-schema';
import { formatProblemList } from './content/content-validation-error';
import { loadCourseContent } from './content/load-content';
import type { CourseContent } from './content/load-content';
import { COURSES_FOLDER } from './content/read-content-tree';

/**
 * Course content for the web app (see src/app/virtual-course-content.d.ts):
 * - validates the whole content tree at build start and fails the build listing every problem;
 * - turns `*.yaml` imports into JSON ES modules (structure files with schema defaults applied);
 * - serves `virtual:course-content` for one course: the course structure eagerly, and every
 *   module, locale file and image as a lazy import, so each module is its own chunk.
 */

export const VIRTUAL_ID = 'virtual:course-content';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

export interface CourseContentPluginOptions {
  /** Folder under modules/courses/ to build (default: env COURSE, else "risks-to-children"). */
  courseId?: string;
  /** Content root (default: <vite root>/modules). */
  contentRoot?: string;
}

export const DEFAULT_COURSE_ID = 'risks-to-children';

export function courseContentPlugin(options: CourseContentPluginOptions = {}): Plugin {
  const courseId = options.courseId ?? process.env['COURSE'] ?? DEFAULT_COURSE_ID;
  let projectRoot = process.cwd();
  let contentRoot = path.resolve(options.contentRoot ?? 'modules');
  let building = false;
  let validated: CourseContent | undefined;

  return {
    name: 'course-content',
    configResolved(config) {
      projectRoot = config.root;
      contentRoot = path.resolve(config.root, options.contentRoot ?? 'modules');
      building = config.command === 'build';
    },
    buildStart() {
      // In the dev server a content mistake shows as an error overlay when the app loads the
      // virtual module (and clears once fixed); only a build must stop here.
      if (!building) return;
      try {
        validated = checkCourseContent(contentRoot, courseId, projectRoot);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return undefined;
      for (const file of listFiles(contentRoot)) this.addWatchFile(file);
      let content: CourseContent;
      try {
        content = building && validated ? validated : checkCourseContent(contentRoot, courseId, projectRoot);
      } catch (error) {
        return this.error(error instanceof Error ? error.message : String(error));
      }
      return { code: courseContentModule(content), moduleType: 'js' };
    },
    transform(code, id) {
      const [file = '', query = ''] = id.split('?', 2);
      if (!file.endsWith('.yaml') || !isPlainImport(query)) return undefined;
      const result = yamlModule(code, file, { contentRoot, projectRoot });
      if ('error' in result) return this.error(result.error);
      return { code: result.code, map: null, moduleType: 'js' };
    },
  };
}

/**
 * Validate the whole content tree and return the chosen course's content; throws a
 * ContentValidationError listing every problem. This is what fails `vite build`.
 */
export function checkCourseContent(contentRoot: string, courseId: string, projectRoot = process.cwd()): CourseContent {
  return loadCourseContent(contentRoot, courseId, { projectRoot });
}

/**
 * A YAML file as an ES module exporting its data. A course.yaml or module.yaml in
 * the content root is exported as its schema output (defaults filled in), so the
 * app gets exactly the shape the types describe.
 */
export function yamlModule(
  text: string,
  file: string,
  roots: { contentRoot: string; projectRoot: string },
): { code: string } | { error: string } {
  const relative = path.relative(roots.projectRoot, file).split(path.sep).join('/');
  const doc = parseYamlDocument(relative, text);
  if (!doc.ok) return { error: formatProblemList(doc.problems) };
  const schema = structureSchemaFor(file, roots.contentRoot);
  if (!schema) return { code: `export default ${JSON.stringify(doc.data ?? null)};\n` };
  const { value, problems } = parseWithSchema(schema, doc);
  if (value === undefined) return { error: formatProblemList(problems) };
  return { code: `export default ${JSON.stringify(value)};\n` };
}

function structureSchemaFor(file: string, contentRoot: string): typeof ModuleSchema | typeof CourseSchema | undefined {
  const parts = path.relative(contentRoot, file).split(path.sep);
  if (parts[0] === '..' || path.isAbsolute(parts[0] ?? '')) return undefined;
  if (parts.length === 2 && parts[1] === 'module.yaml') return ModuleSchema;
  if (parts.length === 3 && parts[0] === COURSES_FOLDER && parts[2] === 'course.yaml') return CourseSchema;
  return undefined;
}

/** The source of `virtual:course-content` for one validated course. */
export function courseContentModule(content: CourseContent): string {
  const lazy = (file: string): string => `() => import(${JSON.stringify(toImportPath(file))}).then((m) => m.default)`;
  const entries = (pairs: [string, string][], indent: string): string =>
    pairs.map(([key, value]) => `${indent}${JSON.stringify(key)}: ${value},`).join('\n');
  const locales = content.course.locales;
  const moduleIds = content.course.modules.map((ref) => ref.id);
  const moduleDir = (id: string): string => content.moduleDirs[id] ?? '';

  const mediaKeys = Object.keys(content.mediaFiles).sort();
  const mediaImports = mediaKeys.map(
    (key, i) => `import media${i} from ${JSON.stringify(`${toImportPath(content.mediaFiles[key] ?? '')}?url`)};`,
  );
  return [
    '// Generated by scorm/vite-content-plugin.ts from the validated content tree.',
    ...mediaImports,
    `export const courseId = ${JSON.stringify(content.course.id)};`,
    `export const course = ${JSON.stringify(content.course)};`,
    'export const courseLocales = {',
    entries(locales.map((l) => [l, lazy(path.join(content.courseDir, 'locales', `${l}.yaml`))]), '  '),
    '};',
    'export const moduleLoaders = {',
    entries(moduleIds.map((id) => [id, lazy(path.join(moduleDir(id), 'module.yaml'))]), '  '),
    '};',
    'export const moduleLocaleLoaders = {',
    ...moduleIds.map(
      (id) => `  ${JSON.stringify(id)}: {\n${entries(locales.map((l) => [l, lazy(path.join(moduleDir(id), 'locales', `${l}.yaml`))]), '    ')}\n  },`,
    ),
    '};',
    'export const mediaUrls = {',
    entries(mediaKeys.map((key, i) => [key, `media${i}`]), '  '),
    '};',
    '',
  ].join('\n');
}

/** `?import` (added by the dev server) or nothing; `?raw`, `?url` and the like are Vite's to handle. */
function isPlainImport(query: string): boolean {
  const special = ['raw', 'url', 'inline', 'worker', 'sharedworker', 'no-inline'];
  return ![...new URLSearchParams(query).keys()].some((key) => special.includes(key));
}

/** Vite resolves absolute file-system paths; forward slashes keep the generated code the same on Windows. */
const toImportPath = (file: string): string => file.split(path.sep).join('/');

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    // A missing root is reported by validation; there is nothing to watch.
    return [];
  }
}
