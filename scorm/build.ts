/**
 * npm run build: a Vite build of every course under modules/courses/ into
 * dist/<course>/web/ (the national build; packaging passes a partnership for others,
 * dist/<partnership>-<course>/web/), with a size report per course (printed, and written
 * to size-report.json beside web/ for CI), then the preview LMS page if the project has
 * one (preview/vite.config.ts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCourseWeb, buildPreviewIfPresent, type WebBuildTarget } from './package/build-course';
import { discoverCourses } from './package/discover-courses';
import { displayPath, type ProjectPaths } from './package/project-paths';
import { formatSizeReport, measureBuild } from './package/size-report';
import { runCli, thisProject } from './cli-support';

export async function buildAll(
  paths: ProjectPaths,
  courseIds?: readonly string[],
  log: (line: string) => void = console.log,
  options: { target?: WebBuildTarget; preview?: boolean } = {},
): Promise<void> {
  for (const courseId of courseIds ?? (await discoverCourses(paths))) {
    log(`Building ${courseId}${options.target ? ` for ${options.target.partnershipId}` : ''}…`);
    const outDir = await buildCourseWeb(paths, courseId, options.target);
    const report = await measureBuild(outDir);
    await writeFile(path.join(outDir, '..', 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
    log(`${courseId}: ${displayPath(paths, outDir)}/ (size report)`);
    for (const line of formatSizeReport(report)) log(`  ${line}`);
  }
  if (options.preview !== false && (await buildPreviewIfPresent(paths))) log('Built the preview LMS page (preview/vite.config.ts).');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(() => buildAll(thisProject()));
