import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { planAdapterPreloads, type AdapterPreloads } from './adapter-chunks';
import { BUILD_MANIFEST_FILE, readBuildManifest } from './build-manifest';
import { LAUNCH_FILE } from './manifest-namespaces';
import { listPackageFiles } from './package-files';
import { courseOutputPaths, displayPath, type BuildTarget, type ProjectPaths } from './project-paths';

/**
 * What each variant of a course must preload, from its web build (dist/<course>/web/ and
 * its build manifest): packaging writes these preloads, and a check of a built package
 * (check-package.ts) can be given the same plan to verify them.
 */
export async function courseAdapterPreloads(paths: ProjectPaths, courseId: string, target?: BuildTarget): Promise<AdapterPreloads> {
  const webDir = courseOutputPaths(paths, courseId, target).web;
  const webLabel = displayPath(paths, webDir);
  return planAdapterPreloads({
    manifest: await readBuildManifest(webDir, webLabel),
    manifestLabel: `${webLabel}/${BUILD_MANIFEST_FILE}`,
    launchHtml: await readFile(path.join(webDir, LAUNCH_FILE), 'utf8'),
    buildFiles: new Set(await listPackageFiles(webDir)),
  });
}
