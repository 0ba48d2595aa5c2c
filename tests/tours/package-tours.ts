/**
 * npm run package:tours: writes the tour courses of tours.yaml as a content root
 * (dist/tour-content/, the real module folders copied beside each tour's course folder),
 * then builds and packages them exactly as `npm run package` does the real courses,
 * into dist/tours/ (dist/tours/<tour>/{scorm12,scorm2004,standalone}/ and the zips).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { worstCaseProgressLength } from '../../src/course/progress/worst-case';
import { packageVersion, runCli } from '../../scorm/cli-support';
import { buildCourseWeb } from '../../scorm/package/build-course';
import { packageAllCourses } from '../../scorm/package/package-all';
import { readTours, REPO_ROOT, TOUR_CONTENT_DIR, TOUR_DIST_DIR, tourCourse, tourPaths } from './tours';

/** The tours' content root: every module a tour uses, and each tour's course folder. */
export function writeTourContent(): string[] {
  const tours = readTours();
  rmSync(TOUR_CONTENT_DIR, { recursive: true, force: true });
  for (const [tourId, tour] of tours) {
    const { structure, texts } = tourCourse(tourId, tour);
    const courseDir = join(TOUR_CONTENT_DIR, 'courses', tourId);
    mkdirSync(join(courseDir, 'locales'), { recursive: true });
    writeFileSync(join(courseDir, 'course.yaml'), stringify(structure));
    for (const [locale, localeTexts] of texts) writeFileSync(join(courseDir, 'locales', `${locale}.yaml`), stringify(localeTexts));
    for (const moduleId of tour.modules) cpSync(join(REPO_ROOT, 'modules', moduleId), join(TOUR_CONTENT_DIR, moduleId), { recursive: true });
  }
  return [...tours.keys()];
}

async function main(): Promise<void> {
  const tourIds = writeTourContent();
  const paths = tourPaths();
  rmSync(TOUR_DIST_DIR, { recursive: true, force: true });
  // vite.config.ts reads the content root from CONTENT_ROOT (default modules/).
  process.env['CONTENT_ROOT'] = TOUR_CONTENT_DIR;
  for (const tourId of tourIds) {
    console.log(`Building ${tourId}…`);
    await buildCourseWeb(paths, tourId);
  }
  await packageAllCourses({ paths, courseIds: tourIds, version: await packageVersion(paths), worstCaseLength: worstCaseProgressLength, log: console.log });
  console.log('Tour courses packaged.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(main);
