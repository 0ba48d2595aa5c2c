import { access } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { courseOutputPaths, type ProjectPaths } from './project-paths';

/**
 * Builds one course's web app into dist/<course>/web/ with the project's vite.config.ts.
 * The config (and the content plugin) choose the course from env COURSE, read when
 * Vite loads the config, which it does afresh on every build() call; outDir is also
 * set here so the output location never depends on that convention alone.
 */
export async function buildCourseWeb(paths: ProjectPaths, courseId: string): Promise<string> {
  const outDir = courseOutputPaths(paths, courseId).web;
  const previous = process.env['COURSE'];
  process.env['COURSE'] = courseId;
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
    if (previous === undefined) delete process.env['COURSE'];
    else process.env['COURSE'] = previous;
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
