/**
 * npm run package [-- --no-build] [--partnership <id> | --all] [course-id …]
 * Builds each course for a partnership (unless --no-build) and writes its SCORM zips,
 * dist/<partnership>-<course>-scorm12-<version>.zip and …-scorm2004-<version>.zip, and the
 * unpacked trees the preview serves (dist/<course>/ for the national build,
 * dist/<partnership>-<course>/ for a partnership's). Without --partnership or --all it builds
 * env PARTNERSHIP, else the neutral national build (partnerships/national).
 * Before building, a partnership's old zips are removed, so a failed build leaves none that
 * looks current. Fails when a partnership's numbers were last checked over 12 months ago
 * (warns over 6), when a course's worst-case progress would not fit SCORM 1.2
 * suspend_data, when a zip is over 2 MB, or when a package fails its own checks
 * (scorm/package/check-package.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { worstCaseProgressLength } from '../src/course/progress/worst-case';
import { partnershipText } from '../src/course/text-keys';
import { isoDay } from '../src/course/content/numbers-checked';
import { buildAll } from './build';
import { ContentValidationError } from './content/content-validation-error';
import { DEFAULT_PARTNERSHIP_ID, loadPartnership, partnershipIds, type PartnershipContent } from './content/load-partnership';
import { buildPreviewIfPresent } from './package/build-course';
import { MANIFEST_LOCALE } from './package/course-source';
import { discoverCourses } from './package/discover-courses';
import { packageAllCourses, removeStaleZips } from './package/package-all';
import { PackageError, PackageProblems } from './package/package-error';
import { courseOutputPaths, displayPath, type ProjectPaths } from './package/project-paths';
import { packageVersion, runCli, thisProject } from './cli-support';

const USAGE = 'Usage: npm run package [-- --no-build] [--partnership <id> | --all] [course-id …]';

export interface PackageArgs {
  build: boolean;
  /** Partnership ids to build, or 'all'. */
  partnerships: readonly string[] | 'all';
  courses: string[];
}

/** The command line, or a PackageError of one line saying what is wrong with it. */
export function parsePackageArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): PackageArgs {
  const courses: string[] = [];
  let build = true;
  let all = false;
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-build') build = false;
    else if (arg === '--all') all = true;
    else if (arg === '--partnership' || arg.startsWith('--partnership=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || value.startsWith('-')) throw new PackageError(`--partnership needs a partnership id, e.g. --partnership bromley. ${USAGE}`);
      chosen = value;
    } else if (arg.startsWith('-')) throw new PackageError(`Unknown option ${arg}. ${USAGE}`);
    else courses.push(arg);
  }
  if (all && chosen) throw new PackageError(`Use --partnership <id> or --all, not both. ${USAGE}`);
  return { build, partnerships: all ? 'all' : [chosen ?? env['PARTNERSHIP'] ?? DEFAULT_PARTNERSHIP_ID], courses };
}

/** The national build first, then the partnerships by id. */
const nationalFirst = (ids: readonly string[]): string[] =>
  [...ids].sort((a, b) => Number(b === DEFAULT_PARTNERSHIP_ID) - Number(a === DEFAULT_PARTNERSHIP_ID) || a.localeCompare(b));

/**
 * A course's source language, read from its course.yaml alone: a mistake elsewhere in the
 * content is the build's to report, with its own file and line, not the partnership's.
 */
function sourceLocaleOf(paths: ProjectPaths, courseId: string): string[] {
  try {
    const course: unknown = parse(readFileSync(path.join(paths.coursesDir, courseId, 'course.yaml'), 'utf8'));
    const locales = typeof course === 'object' && course !== null ? (course as { locales?: unknown }).locales : undefined;
    return Array.isArray(locales) && typeof locales[0] === 'string' ? [locales[0]] : [];
  } catch {
    return [];
  }
}

/** The partnership's settings as a build checks them, or a PackageError listing every problem. */
function loadForBuild(paths: ProjectPaths, id: string, available: readonly string[], now: Date): PartnershipContent {
  try {
    const sourceLocales = [...new Set(available.flatMap((courseId) => sourceLocaleOf(paths, courseId)))];
    return loadPartnership(id, sourceLocales, paths.partnershipsDir, paths.root, { knownCourses: available, now });
  } catch (error) {
    if (error instanceof ContentValidationError) throw new PackageError(`${displayPath(paths, paths.partnershipsDir)}/${id}: ${error.message}`);
    throw error;
  }
}

export async function main(argv: readonly string[], now = new Date()): Promise<void> {
  const paths = thisProject();
  const args = parsePackageArgs(argv);
  const available = await discoverCourses(paths);
  const unknownCourses = args.courses.filter((id) => !available.includes(id));
  if (unknownCourses.length) throw new PackageError(`No course ${unknownCourses.join(', ')} under modules/courses/ (found: ${available.join(', ')}).`);

  const known = partnershipIds(paths.partnershipsDir);
  const ids = args.partnerships === 'all' ? nationalFirst(known) : args.partnerships;
  const missing = ids.filter((id) => !known.includes(id));
  if (missing.length) {
    throw new PackageError(`No partnership "${missing.join('", "')}" under ${displayPath(paths, paths.partnershipsDir)}/ (found: ${known.join(', ') || 'none'}).`);
  }
  const version = await packageVersion(paths);
  const builtOn = isoDay(now);
  const failures: string[] = [];
  const made: string[] = [];
  for (const id of ids) {
    // Checked before anything is built or removed: a partnership with bad settings leaves dist/ as it was.
    let content: PartnershipContent;
    try {
      content = loadForBuild(paths, id, available, now);
    } catch (error) {
      if (!(error instanceof PackageError)) throw error;
      failures.push(error.message);
      continue;
    }
    const { partnership } = content;
    const name = String(content.locales[MANIFEST_LOCALE]?.[partnershipText.name] ?? id);
    const shipped = partnership.courses ?? available;
    const courseIds = args.courses.length ? shipped.filter((c) => args.courses.includes(c)) : shipped;
    console.log(`\nBuilding for ${name} (${content.file}): ${courseIds.join(', ') || 'no course'}; version ${version}, ${partnership.scormVersions.join(' and ')}.`);
    for (const warning of content.warnings) console.log(warning);
    for (const courseId of courseIds) {
      for (const stale of await removeStaleZips(paths, courseId, id)) console.log(`Removed the old dist/${stale}`);
    }
    try {
      if (args.build) await buildAll(paths, courseIds, console.log, { target: { partnershipId: id, version, builtOn }, preview: false });
      await packageAllCourses({
        paths,
        courseIds,
        version,
        builtOn,
        worstCaseLength: worstCaseProgressLength,
        log: console.log,
        partnership: { id, name, scormVersions: partnership.scormVersions, ...(partnership.passMarks ? { passMarks: partnership.passMarks } : {}) },
      });
      for (const courseId of courseIds) {
        const out = courseOutputPaths(paths, courseId, { partnershipId: id, version });
        made.push(...partnership.scormVersions.map((edition) => `${displayPath(paths, out.zip(edition))}  (${name})`));
      }
    } catch (error) {
      // A failed Vite build throws its own error (its message names the file); each is reported once, at the end.
      failures.push(error instanceof Error ? `${id}: ${error.message}` : `${id}: ${String(error)}`);
    }
  }
  if (args.build && (await buildPreviewIfPresent(paths))) console.log('Built the preview LMS page (preview/vite.config.ts).');
  if (made.length) console.log(`\nZips to upload to an LMS:\n${made.map((line) => `  ${line}`).join('\n')}`);
  if (failures.length) throw new PackageProblems(failures, `Packaging failed for ${failures.length} of ${ids.length} partnership build(s):`);
  console.log('Packaging done.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(() => main(process.argv.slice(2)));
