import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { CourseSchema } from '../../../src/course/schema/course-schema';
import { ModuleSchema } from '../../../src/course/schema/module-schema';
import { courseRequiredTexts, moduleRequiredTexts, type RequiredText } from '../../../src/course/required-texts';
import { projectPaths, type ProjectPaths } from '../project-paths';

/**
 * A throwaway project for packaging tests: one course ("demo") with one module, and a
 * small web build in dist/demo/web/ shaped like Vite's output, build manifest included.
 * Fast to make, so tests never need a real build.
 */
export const FAKE_COURSE_ID = 'demo';
export const FAKE_VERSION = '0.1.0';
export const FAKE_TITLE = 'Online Safety – Demo & “Test”';

export const FAKE_INDEX_HTML = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="course-lms" content="auto" />
    <title>Course</title>
    <script type="module" crossorigin src="./assets/index-Bq3x9.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-Vx1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-D4f1a.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

/**
 * What each variant's index.html must preload, as Vite would split the fake build: each
 * adapter's own chunk, plus the chunk both SCORM adapters share (scorm-port); not the
 * entry or the vendor chunk they also import, which the page loads anyway.
 */
export const FAKE_ADAPTER_PRELOADS = {
  scorm12: ['assets/connect-scorm12-A12.js', 'assets/scorm-port-P1.js'],
  scorm2004: ['assets/connect-scorm2004-A04.js', 'assets/scorm-port-P1.js'],
  standalone: ['assets/standalone-adapter-S1.js'],
} as const;

/** The fake build's .vite/manifest.json, shaped like Vite's. */
export const fakeBuildManifest = (): Record<string, Record<string, unknown>> => ({
  'index.html': {
    file: 'assets/index-Bq3x9.js',
    name: 'index',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-Vx1.js'],
    dynamicImports: ['modules/demo-module/module.yaml', 'src/lib/lms/connect-scorm2004.ts', 'src/lib/lms/connect-scorm12.ts', 'src/lib/lms/standalone-adapter.ts'],
    css: ['assets/index-D4f1a.css'],
  },
  '_vendor-Vx1.js': { file: 'assets/vendor-Vx1.js', name: 'vendor' },
  '_scorm-port-P1.js': { file: 'assets/scorm-port-P1.js', name: 'scorm-port', imports: ['index.html', '_vendor-Vx1.js'] },
  'modules/demo-module/module.yaml': { file: 'assets/module-demo-module-C1x.js', src: 'modules/demo-module/module.yaml', isDynamicEntry: true },
  'src/lib/lms/connect-scorm12.ts': {
    file: 'assets/connect-scorm12-A12.js',
    src: 'src/lib/lms/connect-scorm12.ts',
    isDynamicEntry: true,
    imports: ['_scorm-port-P1.js', 'index.html'],
  },
  'src/lib/lms/connect-scorm2004.ts': {
    file: 'assets/connect-scorm2004-A04.js',
    src: 'src/lib/lms/connect-scorm2004.ts',
    isDynamicEntry: true,
    imports: ['_scorm-port-P1.js', 'index.html'],
  },
  'src/lib/lms/standalone-adapter.ts': { file: 'assets/standalone-adapter-S1.js', src: 'src/lib/lms/standalone-adapter.ts', isDynamicEntry: true, imports: ['index.html'] },
});

export interface FakeProjectOptions {
  /** Course file overrides, e.g. `{ finalAssessment: undefined }`. */
  course?: Record<string, unknown>;
  /** Extra or replacement files in the web build (path → content). */
  webFiles?: Record<string, string | Uint8Array>;
  /** Replaces .vite/manifest.json (text as given, an object as JSON); null leaves it out. */
  buildManifest?: string | Record<string, unknown> | null;
  /** Leave out dist/demo/web/ entirely. */
  withoutBuild?: boolean;
}

/** A locale file with exactly the required keys (nested, as i18next reads them): valid content has no more, no less. */
function localeFor(texts: readonly RequiredText[], overrides: Record<string, string> = {}): Record<string, unknown> {
  const locale: Record<string, unknown> = {};
  for (const { key } of texts) {
    const parts = key.split('.');
    let node = locale;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1) as string] = overrides[key] ?? `Text for ${key}.`;
  }
  return locale;
}

function write(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

export function makeFakeProject(options: FakeProjectOptions = {}): ProjectPaths {
  const paths = projectPaths(mkdtempSync(path.join(tmpdir(), 'package-test-')));
  const course = {
    id: FAKE_COURSE_ID,
    audience: 'practitioners',
    locales: ['en-GB'],
    modules: [{ id: 'demo-module' }],
    unlocking: 'sequential',
    finalAssessment: { questionCount: 1, passMark: 80, maxAttempts: 3, requiresAllModules: true },
    ...options.course,
  };
  const module = {
    id: 'demo-module',
    kind: 'contact',
    objectives: ['spot-grooming'],
    steps: [{ id: 'welcome', type: 'lesson' }],
    questions: [{ id: 'q1', type: 'true-false', answer: true }],
  };
  // The version zip names carry when a test does not pass one (project-paths.ts).
  write(path.join(paths.root, 'package.json'), `${JSON.stringify({ name: 'fake', version: FAKE_VERSION })}\n`);
  write(path.join(paths.coursesDir, FAKE_COURSE_ID, 'course.yaml'), stringify(course));
  // Locale keys follow the parsed structure; an invalid course (a test's override) gets a minimal locale.
  const parsedCourse = CourseSchema.safeParse(course);
  write(
    path.join(paths.coursesDir, FAKE_COURSE_ID, 'locales', 'en-GB.yaml'),
    stringify(parsedCourse.success ? localeFor(courseRequiredTexts(parsedCourse.data), { title: FAKE_TITLE }) : { title: FAKE_TITLE }),
  );
  write(path.join(paths.contentDir, 'demo-module', 'module.yaml'), stringify(module));
  write(path.join(paths.contentDir, 'demo-module', 'locales', 'en-GB.yaml'), stringify(localeFor(moduleRequiredTexts(ModuleSchema.parse(module)))));
  if (!options.withoutBuild) {
    const files: Record<string, string | Uint8Array> = {
      'index.html': FAKE_INDEX_HTML,
      'assets/index-Bq3x9.js': 'const e=document.getElementById("root");e.textContent="course";\n',
      'assets/index-D4f1a.css': ':root{margin-inline-start:0}\n',
      'assets/module-demo-module-C1x.js': 'export const m={id:"demo-module"};\n',
      'assets/stages-9Qz.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n',
      'assets/vendor-Vx1.js': 'export const v=1;\n',
      'assets/scorm-port-P1.js': 'export const p="scorm";\n',
      'assets/connect-scorm12-A12.js': 'export const c="API";\n',
      'assets/connect-scorm2004-A04.js': 'export const c="API_1484_11";\n',
      'assets/standalone-adapter-S1.js': 'export const s="localStorage";\n',
      ...options.webFiles,
    };
    const manifest = options.buildManifest === undefined ? fakeBuildManifest() : options.buildManifest;
    if (manifest !== null) files['.vite/manifest.json'] = typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2);
    for (const [file, content] of Object.entries(files)) write(path.join(paths.dist, FAKE_COURSE_ID, 'web', file), content);
  }
  return paths;
}
