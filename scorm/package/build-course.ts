import { access } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { courseOutputPaths, NATIONAL_BUILD, type ProjectPaths } from './project-paths';

/** What a build is stamped with: the partnership it is for, the course version and the build date. */
export interface WebBuildTarget {
  partnershipId: string;
  version: string;
  /** YYYY-MM-DD */
  builtOn: string;
}

/**
 * Builds one course's web app into dist/<build>/web/ with the project's vite.config.ts.
 * The config (and the content plugin) choose the course from env COURSE and the partnership
 * from env PARTNERSHIP, and stamp COURSE_VERSION and BUILD_DATE, all read when Vite loads
 * the config, which it does afresh on every build() call; outDir is also set here so the
 * output location never depends on that convention alone.
 */
export async function buildCourseWeb(paths: ProjectPaths, courseId: string, target?: WebBuildTarget): Promise<string> {
  const outDir = courseOutputPaths(paths, courseId, target ?? { partnershipId: NATIONAL_BUILD }).web;
  const env: Record<string, string> = {
    COURSE: courseId,
    ...(target ? { PARTNERSHIP: target.partnershipId, COURSE_VERSION: target.version, BUILD_DATE: target.builtOn } : {}),
  };
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await build({
      root: paths.root,
      configFile: path.join(paths.root, 'vite.config.ts'),
      // The config imports the project's TypeScript (the content plugin) the way the rest
      // of the code base does, without file extensions, which Vite's module runner supports.
      configLoader: 'runner',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      // process.env turns an assigned undefined into the string "undefined"; Reflect removes the key.
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
  return outDir;
}

/** The preview LMS page (preview/vite.config.ts, its own output dir), if the project has one. Returns whether it was built. */
export async function buildPreviewIfPresent(paths: ProjectPaths): Promise<boolean> {
  const configFile = path.join(paths.root, 'preview', 'vite.config.ts');
  try {
    await access(configFile);
  } catch {
    return false;
  }
  await build({ configFile, configLoader: 'runner', logLevel: 'warn' });
  return true;
}
