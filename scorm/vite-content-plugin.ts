import { coverArt } from '../src/lib/art/cover-art';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseYamlDocument } from '../src/course/content/yaml-document';
import { parseWithSchema } from '../src/course/content/schema-problems';
import { CourseSchema } from '../src/course/schema/course-schema';
import { ModuleSchema, type Module } from '../src/course/schema/module-schema';
import { isMapping } from '../src/course/content/locale-entries';
import { compileModuleTexts } from '../src/lib/markdown/compile-module-texts';
import { chooseSalt } from '../src/course/progress/progress-keys';
import { courseNamespace, courseText, moduleNamespace } from '../src/course/text-keys';
import type { ModuleFacts } from '../src/course/module-facts';
import { moduleReadability } from './content/readability';
import ui from '../src/lib/i18n/locales/en-GB/ui.json' with { type: 'json' };
import shellTexts from '../src/lib/i18n/locales/en-GB/shell.json' with { type: 'json' };
import { startShellHtml, withStartShell } from './start-shell';
import { ContentValidationError, formatProblemList } from './content/content-validation-error';
import type { ContentProblem } from '../src/course/content/content-problem';
import { loadCourseContent } from './content/load-content';
import { courseReferences } from './content/course-references';
import type { CourseContent } from './content/load-content';
import { COURSES_FOLDER } from './content/read-content-tree';
import { DEFAULT_PARTNERSHIP_ID, loadPartnership, type PartnershipContent } from './content/load-partnership';
import type { BuildInfo } from '../src/course/build-info';
import { isoDay } from '../src/course/content/numbers-checked';

/**
 * Course content for the web app (see src/app/virtual-course-content.d.ts):
 * - validates the whole content tree at build start and fails the build listing every problem;
 * - turns `*.yaml` imports into JSON ES modules (structure files with schema defaults applied,
 *   a module's locale files with their Markdown texts compiled, so the browser never parses Markdown);
 * - serves `virtual:course-content` for one course: the course structure eagerly, and every
 *   module, locale file and image as a lazy import, so each module is its own chunk.
 */

export const VIRTUAL_ID = 'virtual:course-content';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;
/** The partnership's brand colour as CSS custom properties (a stylesheet, so no inline style is needed under CSP). */
export const THEME_VIRTUAL_ID = 'virtual:partnership-theme.css';
const RESOLVED_THEME_ID = `\0${THEME_VIRTUAL_ID}`;
/** Every source of the course, once, for the References screen (a chunk of its own, loaded when opened). */
export const REFERENCES_VIRTUAL_ID = 'virtual:course-references';
const RESOLVED_REFERENCES_ID = `\0${REFERENCES_VIRTUAL_ID}`;

export interface CourseContentPluginOptions {
  /** Folder under modules/courses/ to build (default: env COURSE, else "risks-to-children"). */
  courseId?: string;
  /** Content root (default: <vite root>/modules). */
  contentRoot?: string;
  /** Folder under partnerships/ the course is built for (default: env PARTNERSHIP, else the worked example). */
  partnershipId?: string;
  /** Partnerships root (default: <vite root>/partnerships). */
  partnershipsRoot?: string;
  /**
   * The course version and build date stamped into the build (About screen, progress record).
   * Default: env COURSE_VERSION, else package.json's version; env BUILD_DATE, else today.
   */
  buildInfo?: BuildInfo;
}

export interface BuildContent {
  course: CourseContent;
  partnership: PartnershipContent;
}

export const DEFAULT_COURSE_ID = 'risks-to-children';

export function courseContentPlugin(options: CourseContentPluginOptions = {}): Plugin {
  const courseId = options.courseId ?? process.env['COURSE'] ?? DEFAULT_COURSE_ID;
  const partnershipId = options.partnershipId ?? process.env['PARTNERSHIP'] ?? DEFAULT_PARTNERSHIP_ID;
  let projectRoot = process.cwd();
  let buildInfo: BuildInfo = options.buildInfo ?? defaultBuildInfo(projectRoot);
  let contentRoot = path.resolve(options.contentRoot ?? 'modules');
  let partnershipsRoot = path.resolve(options.partnershipsRoot ?? 'partnerships');
  let building = false;
  let validated: BuildContent | undefined;
  // A build compiles locale files against the structures it validated; the dev server reads them as they are now.
  let moduleAt: ((moduleDir: string) => Module | undefined) | undefined;
  // Only a build checks the age of the numbers: the dev server and tests must not start failing on a date.
  const check = (): BuildContent =>
    checkBuildContent({ contentRoot, courseId, partnershipsRoot, partnershipId, projectRoot, ...(building ? { now: new Date() } : {}) });

  return {
    name: 'course-content',
    configResolved(config) {
      projectRoot = config.root;
      contentRoot = path.resolve(config.root, options.contentRoot ?? 'modules');
      partnershipsRoot = path.resolve(config.root, options.partnershipsRoot ?? 'partnerships');
      building = config.command === 'build';
      buildInfo = options.buildInfo ?? defaultBuildInfo(config.root);
    },
    // A build's page shows the course title, description and quick exit before the script
    // runs (scorm/start-shell.ts): the first text paints as soon as the HTML and CSS arrive.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!building || !validated) return html;
        const { course, locales } = validated.course;
        const texts = locales[course.locales[0] ?? '']?.[courseNamespace(course.id)] ?? {};
        const shell = startShellHtml({
          title: String(texts[courseText.title] ?? ''),
          description: String(texts[courseText.description] ?? ''),
          exitLabel: ui.quickExit.button,
          loading: ui.app.loading,
          openedFromFile: shellTexts.app.openedFromFile,
          quickExitUrl: validated.partnership.partnership.quickExitUrl,
        });
        return withStartShell(html, shell, ctx.filename);
      },
    },
    buildStart() {
      // In the dev server a content mistake shows as an error overlay when the app loads the
      // virtual module (and clears once fixed); only a build must stop here.
      if (!building) return;
      try {
        validated = check();
        for (const warning of validated.partnership.warnings) this.warn(warning);
        moduleAt = validatedModuleAt(validated.course);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_VIRTUAL_ID;
      if (id === THEME_VIRTUAL_ID) return RESOLVED_THEME_ID;
      if (id === REFERENCES_VIRTUAL_ID) return RESOLVED_REFERENCES_ID;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID && id !== RESOLVED_THEME_ID && id !== RESOLVED_REFERENCES_ID) return undefined;
      for (const file of [...listFiles(contentRoot), ...listFiles(partnershipsRoot)]) this.addWatchFile(file);
      let content: BuildContent;
      try {
        content = building && validated ? validated : check();
      } catch (error) {
        return this.error(error instanceof Error ? error.message : String(error));
      }
      if (id === RESOLVED_THEME_ID) return { code: partnershipThemeCss(content.partnership) };
      if (id === RESOLVED_REFERENCES_ID) return { code: `export const references = ${JSON.stringify(courseReferences(content.course))};\n`, moduleType: 'js' };
      return { code: courseContentModule(content.course, content.partnership, buildInfo), moduleType: 'js' };
    },
    transform(code, id) {
      const [file = '', query = ''] = id.split('?', 2);
      if (!file.endsWith('.yaml') || !isPlainImport(query)) return undefined;
      const result = yamlModule(code, file, { contentRoot, projectRoot, moduleAt });
      if ('error' in result) return this.error(result.error);
      // Which of a locale file's texts are Markdown depends on its module.yaml: edit one, recompile the other.
      for (const dependency of result.dependsOn ?? []) this.addWatchFile(dependency);
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

/** The course and the partnership it is built for, both validated; throws listing every problem of both. */
export function checkBuildContent(options: {
  contentRoot: string;
  courseId: string;
  partnershipsRoot: string;
  partnershipId: string;
  projectRoot?: string;
  /** The clock for the age of the partnership's checked numbers; not checked without one. */
  now?: Date;
}): BuildContent {
  const projectRoot = options.projectRoot ?? process.cwd();
  const problems: ContentProblem[] = [];
  let course: CourseContent | undefined;
  let partnership: PartnershipContent | undefined;
  try {
    course = checkCourseContent(options.contentRoot, options.courseId, projectRoot);
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    problems.push(...error.problems);
  }
  try {
    // The partnership chooses which of the course's languages to ship; it must have the source language.
    partnership = loadPartnership(options.partnershipId, course?.course.locales.slice(0, 1) ?? [], options.partnershipsRoot, projectRoot, {
      knownCourses: courseFolders(options.contentRoot),
      ...(options.now ? { now: options.now } : {}),
    });
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    problems.push(...error.problems);
  }
  if (!course || !partnership || problems.length > 0) throw new ContentValidationError(problems);
  return { course: { ...course, course: forPartnership(course.course, partnership.partnership) }, partnership };
}

/**
 * The course as the partnership ships it: only the languages it ships (the source language
 * always among them, which loading checked), and its own final-assessment pass mark if it sets one.
 */
export function forPartnership<C extends CourseContent['course']>(course: C, partnership: PartnershipContent['partnership']): C {
  const locales = course.locales.filter((locale, i) => i === 0 || partnership.locales.includes(locale));
  const passMark = partnership.passMarks?.[course.id];
  const finalAssessment = passMark !== undefined && course.finalAssessment ? { ...course.finalAssessment, passMark } : course.finalAssessment;
  return { ...course, locales, ...(finalAssessment ? { finalAssessment } : {}) };
}

/** Folders under <content root>/courses/ holding a course.yaml. */
export function courseFolders(contentRoot: string): string[] {
  const root = path.join(contentRoot, COURSES_FOLDER);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'course.yaml')))
    .map((entry) => entry.name)
    .sort();
}

/** The version and date stamped into a build, from the environment packaging sets, else package.json and today. */
export function defaultBuildInfo(projectRoot: string): BuildInfo {
  const fromEnv = process.env['COURSE_VERSION'];
  let version = fromEnv;
  if (!version) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
      const found = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
      version = typeof found === 'string' ? found : '0.0.0';
    } catch {
      // A project without package.json (a test fixture) still builds; its version is unknown.
      version = '0.0.0';
    }
  }
  return { courseVersion: version, builtOn: process.env['BUILD_DATE'] ?? isoDay(new Date()) };
}

/** CSS custom properties from the partnership's settings. */
export const partnershipThemeCss = ({ partnership }: PartnershipContent): string =>
  `:root {\n  --colour-brand: ${partnership.brandColour};\n}\n`;

export interface YamlModuleRoots {
  contentRoot: string;
  projectRoot: string;
  /** The structure of the module in a folder, if already known (a build's validated content); otherwise it is read from the folder's module.yaml. */
  moduleAt?: (moduleDir: string) => Module | undefined;
}

export type YamlModuleResult = { code: string; dependsOn?: string[] } | { error: string };

/**
 * A YAML file as an ES module exporting its data. A course.yaml or module.yaml in
 * the content root is exported as its schema output (defaults filled in), so the
 * app gets exactly the shape the types describe. A module's locale file has each
 * text its module renders as Markdown compiled (src/lib/markdown/compile-module-texts.ts);
 * `dependsOn` then names the module.yaml that decided which texts those are.
 */
export function yamlModule(text: string, file: string, roots: YamlModuleRoots): YamlModuleResult {
  const relative = path.relative(roots.projectRoot, file).split(path.sep).join('/');
  const doc = parseYamlDocument(relative, text);
  if (!doc.ok) return { error: formatProblemList(doc.problems) };
  const kind = contentFileKind(file, roots.contentRoot);
  if (kind === 'module-locale') {
    const moduleDir = path.dirname(path.dirname(file));
    const structure = moduleStructure(moduleDir, roots);
    if ('error' in structure) return { error: `${relative}: its Markdown texts cannot be compiled until its module.yaml is valid.\n${structure.error}` };
    const data = isMapping(doc.data) ? compileModuleTexts(structure.module, doc.data) : (doc.data ?? null);
    return { code: exportDefault(data), dependsOn: [structure.file] };
  }
  if (kind === undefined) return { code: exportDefault(doc.data ?? null) };
  const { value, problems } = parseWithSchema(kind === 'module' ? ModuleSchema : CourseSchema, doc);
  if (value === undefined) return { error: formatProblemList(problems) };
  return { code: exportDefault(value) };
}

/** Above this size V8 parses a JSON string faster than the same object as a JS literal. */
const JSON_PARSE_THRESHOLD = 10_000;

/**
 * `export default <data>`. A large file (a module's texts) becomes `JSON.parse('…')`:
 * on a slow phone that is parsed noticeably faster than an object literal, and the
 * download is the same once gzipped.
 */
function exportDefault(data: unknown): string {
  const json = JSON.stringify(data);
  if (json.length < JSON_PARSE_THRESHOLD) return `export default ${json};\n`;
  // In a single-quoted literal only the quote and the backslash need escaping (JSON has no raw line breaks).
  return `export default JSON.parse('${json.replace(/[\\']/g, '\\$&')}');\n`;
}

type ContentFileKind = 'module' | 'course' | 'module-locale';

function contentFileKind(file: string, contentRoot: string): ContentFileKind | undefined {
  const parts = path.relative(contentRoot, file).split(path.sep);
  if (parts[0] === '..' || path.isAbsolute(parts[0] ?? '')) return undefined;
  if (parts.length === 2 && parts[1] === 'module.yaml') return 'module';
  if (parts.length === 3 && parts[0] === COURSES_FOLDER && parts[2] === 'course.yaml') return 'course';
  if (parts.length === 3 && parts[0] !== COURSES_FOLDER && parts[1] === 'locales') return 'module-locale';
  return undefined;
}

function moduleStructure(moduleDir: string, roots: YamlModuleRoots): { module: Module; file: string } | { error: string } {
  const file = path.join(moduleDir, 'module.yaml');
  const known = roots.moduleAt?.(moduleDir);
  if (known) return { module: known, file };
  const relative = path.relative(roots.projectRoot, file).split(path.sep).join('/');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { error: `${relative} → missing: a module folder needs its module.yaml` };
  }
  const doc = parseYamlDocument(relative, text);
  if (!doc.ok) return { error: formatProblemList(doc.problems) };
  const { value, problems } = parseWithSchema(ModuleSchema, doc);
  return value === undefined ? { error: formatProblemList(problems) } : { module: value, file };
}

function validatedModuleAt(content: CourseContent): (moduleDir: string) => Module | undefined {
  const byDir = new Map(Object.entries(content.moduleDirs).map(([id, dir]) => [path.resolve(dir), content.modules[id]]));
  return (moduleDir) => byDir.get(path.resolve(moduleDir));
}

/** The source of `virtual:course-content` for one validated course. */
export function courseContentModule(
  content: CourseContent,
  partnership: PartnershipContent,
  buildInfo: BuildInfo = { courseVersion: '0.0.0', builtOn: '1970-01-01' },
): string {
  const lazy = (file: string): string => `() => import(${JSON.stringify(toImportPath(file))}).then((m) => m.default)`;
  const eager = (data: unknown): string => `() => Promise.resolve(${JSON.stringify(data)})`;
  const entries = (pairs: [string, string][], indent: string): string =>
    pairs.map(([key, value]) => `${indent}${JSON.stringify(key)}: ${value},`).join('\n');
  const locales = content.course.locales;
  const moduleIds = content.course.modules.map((ref) => ref.id);
  const moduleDir = (id: string): string => content.moduleDirs[id] ?? '';

  const mediaKeys = Object.keys(content.mediaFiles).sort();
  const mediaImports = mediaKeys.map(
    (key, i) => `import media${i} from ${JSON.stringify(`${toImportPath(content.mediaFiles[key] ?? '')}?url`)};`,
  );
  const logo = partnership.logoFile;
  return [
    '// Generated by scorm/vite-content-plugin.ts from the validated content tree.',
    ...mediaImports,
    // An image URL, not inlined: the first screen's scripts stay the same size whatever the logo.
    ...(logo ? [`import partnershipLogoUrl from ${JSON.stringify(`${toImportPath(logo)}?url`)};`, 'export { partnershipLogoUrl };'] : ['export const partnershipLogoUrl = undefined;']),
    `export const buildInfo = ${JSON.stringify(buildInfo)};`,
    `export const courseId = ${JSON.stringify(content.course.id)};`,
    `export const course = ${JSON.stringify(content.course)};`,
    // Chosen here, from every module, so the browser never needs all modules to write progress.
    `export const progressSalt = ${chooseSalt({ course: content.course, modules: content.modules })};`,
    // A number or two per module for the menu's cards; the modules' texts stay in their own chunks.
    `export const moduleFacts = ${JSON.stringify(moduleFactsOf(content))};`,
    `export const partnership = ${JSON.stringify(partnership.partnership)};`,
    // The source language's partnership texts with the app; another language's only when chosen.
    `export const partnershipLocales = ${JSON.stringify(Object.fromEntries(Object.entries(partnership.locales).filter(([l]) => l === locales[0])))};`,
    'export const partnershipLocaleLoaders = {',
    entries(
      locales.slice(1).filter((l) => partnership.locales[l] !== undefined).map((l) => [l, lazy(path.join(partnership.dir, 'locales', `${l}.yaml`))]),
      '  ',
    ),
    '};',
    'export const courseLocales = {',
    // The source language's texts are on the first screen for most learners: in this module,
    // not a chunk of their own, so the page makes one request fewer before it can show them.
    // A translation not written yet has no entry: its texts fall back to the source language.
    entries(
      locales
        .filter((l, i) => i === 0 || content.locales[l]?.[courseNamespace(content.course.id)] !== undefined)
        .map((l, i) => [l, i === 0 ? eager(content.locales[l]?.[courseNamespace(content.course.id)] ?? {}) : lazy(path.join(content.courseDir, 'locales', `${l}.yaml`))]),
      '  ',
    ),
    '};',
    'export const moduleLoaders = {',
    entries(moduleIds.map((id) => [id, lazy(path.join(moduleDir(id), 'module.yaml'))]), '  '),
    '};',
    'export const moduleLocaleLoaders = {',
    ...moduleIds.map(
      (id) =>
        `  ${JSON.stringify(id)}: {\n${entries(
          locales.filter((l) => content.locales[l]?.[moduleNamespace(id)] !== undefined).map((l) => [l, lazy(path.join(moduleDir(id), 'locales', `${l}.yaml`))]),
          '    ',
        )}\n  },`,
    ),
    '};',
    'export const mediaUrls = {',
    entries(mediaKeys.map((key, i) => [key, `media${i}`]), '  '),
    '};',
    '',
  ].join('\n');
}

/** Minutes and cover of each module of the course, from its source-language texts (src/course/module-facts.ts). */
export function moduleFactsOf(content: CourseContent): Record<string, ModuleFacts> {
  const locale = content.course.locales[0] ?? '';
  const facts: Record<string, ModuleFacts> = {};
  for (const { id } of content.course.modules) {
    const module = content.modules[id];
    if (!module) continue;
    const texts = content.locales[locale]?.[moduleNamespace(id)] ?? {};
    facts[id] = {
      minutes: moduleReadability(module, texts, content.course.audience).minutes,
      cover: (({ motif, palette }) => ({ motif, palette }))(coverArt(module.kind, module.id, module.cover)),
    };
  }
  return facts;
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
