import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreviewServer, type PreviewServer } from '../../../preview/serve';
import { TOUR_DIST_DIR } from '../../tours/tours';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
export const DIST_DIR = join(REPO_ROOT, 'dist');
export const FIXTURE_COURSES_DIR = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'courses');

/** Fails with the command to run when the build the browser tests need is missing. */
export function requireBuilt(path: string, command = path.startsWith(TOUR_DIST_DIR) ? 'npm run package:tours' : 'npm run package'): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run "${command}" before the e2e tests (npm test does this).`);
  }
}

/**
 * The preview server on a free port, serving the built preview page and either the
 * built courses (dist/) or the test fixtures' courses.
 */
export async function startPreview(courses: 'built' | 'fixtures' | 'tours' = 'built'): Promise<PreviewServer> {
  requireBuilt(join(DIST_DIR, 'preview', 'index.html'));
  if (courses === 'tours') requireBuilt(TOUR_DIST_DIR, 'npm run package:tours');
  return startPreviewServer({
    port: 0,
    previewDir: join(DIST_DIR, 'preview'),
    coursesDir: { built: DIST_DIR, fixtures: FIXTURE_COURSES_DIR, tours: TOUR_DIST_DIR }[courses],
  });
}
