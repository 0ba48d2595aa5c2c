/**
 * npm run package [-- --no-build] [course-id …]
 * Builds every course (unless --no-build), then for each course writes
 * dist/<course>-scorm12.zip, dist/<course>-scorm2004.zip and the unpacked trees
 * dist/<course>/{scorm12,scorm2004,standalone}/. Fails when a course's worst-case
 * progress would not fit SCORM 1.2 suspend_data, when a zip is over 2 MB, or when a
 * package fails its own checks (scorm/package/check-package.ts).
 */
import { pathToFileURL } from 'node:url';
import { worstCaseProgressLength } from '../src/course/progress/worst-case';
import { buildAll } from './build';
import { discoverCourses } from './package/discover-courses';
import { packageAllCourses } from './package/package-all';
import { PackageError } from './package/package-error';
import { packageVersion, runCli, thisProject } from './cli-support';

export async function main(argv: readonly string[]): Promise<void> {
  const paths = thisProject();
  const unknownFlags = argv.filter((arg) => arg.startsWith('-') && arg !== '--no-build');
  if (unknownFlags.length) throw new PackageError(`Unknown option ${unknownFlags.join(', ')}. Usage: npm run package [-- --no-build] [course-id …]`);
  const available = await discoverCourses(paths);
  const requested = argv.filter((arg) => !arg.startsWith('-'));
  const unknownCourses = requested.filter((id) => !available.includes(id));
  if (unknownCourses.length) throw new PackageError(`No course ${unknownCourses.join(', ')} under modules/courses/ (found: ${available.join(', ')}).`);

  const courseIds = requested.length ? requested : available;
  if (!argv.includes('--no-build')) await buildAll(paths, courseIds);

  await packageAllCourses({
    paths,
    courseIds,
    version: await packageVersion(paths),
    worstCaseLength: worstCaseProgressLength,
    log: console.log,
  });
  console.log('Packaging done.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(() => main(process.argv.slice(2)));
