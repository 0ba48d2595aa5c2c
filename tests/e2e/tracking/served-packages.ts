import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { startPreviewServer, type PreviewServer } from '../../../preview/serve';
import { SCORM_EDITIONS } from '../../../scorm/package/lms-variant';
import { courseOutputPaths, projectPaths } from '../../../scorm/package/project-paths';
import { isTour, tourPaths } from '../../tours/tours';
import { DIST_DIR, REPO_ROOT, requireBuilt } from '../support/served-build';

/**
 * The SCORM packages an LMS admin would upload (dist/national-<course>-<edition>-<version>.zip), unpacked
 * the way an LMS unpacks them into <tmp>/<course>/<edition>/ and served from there by
 * the preview LMS, so the tests run over what is in the zips and not over dist/. The
 * preview page (and, if asked for, the standalone build) are copied alongside, so a
 * rebuild of dist/ during a run cannot pull files from under the browser.
 */

export interface ServedPackages {
  server: PreviewServer;
  /** Stops the server and deletes the unpacked packages. */
  close(): Promise<void>;
}

/** Writes every file of a zip under `dir`; refuses entries that would land outside it. */
export function unpackZip(zipFile: string, dir: string): number {
  let files = 0;
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipFile))))) {
    if (name.endsWith('/')) continue;
    const target = resolve(dir, name);
    if (!target.startsWith(`${resolve(dir)}/`)) throw new Error(`${zipFile}: entry "${name}" points outside the package`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    files += 1;
  }
  if (files === 0) throw new Error(`${zipFile} holds no files`);
  return files;
}

export interface ServeOptions {
  /** Also serve dist/<course>/standalone/ (the build for use without an LMS). */
  standalone?: boolean;
}

export async function servePackages(courseIds: readonly string[], options: ServeOptions = {}): Promise<ServedPackages> {
  const builtPreview = join(DIST_DIR, 'preview');
  requireBuilt(join(builtPreview, 'index.html'));
  const coursesDir = mkdtempSync(join(tmpdir(), 'course-packages-'));
  try {
    // Not a course folder: the preview server's course list skips the name "preview".
    const previewDir = join(coursesDir, 'preview');
    cpSync(builtPreview, previewDir, { recursive: true });
    for (const courseId of courseIds) {
      const output = courseOutputPaths(isTour(courseId) ? tourPaths() : projectPaths(REPO_ROOT), courseId);
      for (const edition of SCORM_EDITIONS) {
        requireBuilt(output.zip(edition));
        unpackZip(output.zip(edition), join(coursesDir, courseId, edition));
      }
      if (options.standalone) {
        requireBuilt(join(output.variant('standalone'), 'index.html'));
        cpSync(output.variant('standalone'), join(coursesDir, courseId, 'standalone'), { recursive: true });
      }
    }
    const server = await startPreviewServer({ port: 0, previewDir, coursesDir });
    return {
      server,
      async close() {
        await server.close();
        rmSync(coursesDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(coursesDir, { recursive: true, force: true });
    throw error;
  }
}
