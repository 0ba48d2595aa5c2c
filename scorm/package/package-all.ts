import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Course } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { loadPackagingCourse } from './course-source';
import { masteryDecision } from './mastery';
import { packageCourse } from './package-course';
import { PackageError, PackageProblems } from './package-error';
import { MAX_ZIP_BYTES, SCORM12_SUSPEND_DATA_LIMIT, SUSPEND_DATA_TARGET, formatBytes } from './package-limits';
import { courseOutputPaths, displayPath, NATIONAL_BUILD, type ProjectPaths } from './project-paths';
import { SCORM_EDITIONS, type ScormEdition } from './lms-variant';

/** The encoded size of the fullest possible progress record (src/course/progress/worst-case.ts). */
export type WorstCaseMeasure = (course: Course, modules: Record<string, Module>) => number;

/** What packaging needs from the partnership a build is for (partnerships/<id>/partnership.yaml). */
export interface PackagingPartnership {
  id: string;
  /** Its name in the manifest's language, e.g. "Bromley Safeguarding Children Partnership" or "National edition". */
  name: string;
  scormVersions: readonly ScormEdition[];
  /** Final-assessment pass marks replacing the courses' own, by course id. */
  passMarks?: Readonly<Record<string, number>>;
}

export interface PackageAllInput {
  paths: ProjectPaths;
  courseIds: readonly string[];
  version: string;
  worstCaseLength: WorstCaseMeasure;
  log: (line: string) => void;
  /** Default: the national build under its own name, both SCORM editions. */
  partnership?: PackagingPartnership;
  /** YYYY-MM-DD, for the manifests (default: today). */
  builtOn?: string;
}

const NATIONAL_DEFAULT: PackagingPartnership = { id: NATIONAL_BUILD, name: 'National edition', scormVersions: SCORM_EDITIONS };

/**
 * Removes every zip of this course's build for this partnership, of any version, and the zips
 * of the naming before partnerships (dist/<course>-scorm12.zip), so that after a failed build
 * no zip is left in dist/ looking like the current one.
 */
export async function removeStaleZips(paths: ProjectPaths, courseId: string, partnershipId: string): Promise<string[]> {
  const own = courseOutputPaths(paths, courseId, { partnershipId, version: '0' });
  const legacy = new Set(SCORM_EDITIONS.map((edition) => `${courseId}-${edition}.zip`));
  let names: string[];
  try {
    names = await readdir(paths.dist);
  } catch {
    return [];
  }
  const stale = names.filter((name) => own.isOwnZip(name) || (partnershipId === NATIONAL_BUILD && legacy.has(name)));
  await Promise.all(stale.map((name) => rm(path.join(paths.dist, name), { force: true })));
  return stale;
}

async function packageOne(input: PackageAllInput, courseId: string): Promise<void> {
  const { paths, log } = input;
  const partnership = input.partnership ?? NATIONAL_DEFAULT;
  const loaded = loadPackagingCourse(paths, courseId);
  const { modules } = loaded;
  const passMark = partnership.passMarks?.[courseId];
  const course: Course =
    passMark !== undefined && loaded.course.finalAssessment ? { ...loaded.course, finalAssessment: { ...loaded.course.finalAssessment, passMark } } : loaded.course;
  // The LMS shows this title to admins and learners: it names whose build it is.
  const title = `${loaded.title} (${partnership.name})`;
  const builtOn = input.builtOn ?? new Date().toISOString().slice(0, 10);

  const worstCase = input.worstCaseLength(course, modules);
  log(`${courseId}: worst-case suspend_data ${worstCase} chars (SCORM 1.2 limit ${SCORM12_SUSPEND_DATA_LIMIT}, target ${SUSPEND_DATA_TARGET})`);
  if (worstCase > SCORM12_SUSPEND_DATA_LIMIT) {
    throw new PackageError(
      `${courseId}: the fullest possible progress needs ${worstCase} characters of suspend_data, over the SCORM 1.2 limit of ` +
        `${SCORM12_SUSPEND_DATA_LIMIT}; learners' progress would be cut off. Reduce the content or the progress encoding.`,
    );
  }
  if (worstCase > SUSPEND_DATA_TARGET) log(`${courseId}: warning: worst-case suspend_data is over the ${SUSPEND_DATA_TARGET}-character target`);

  const mastery = masteryDecision(course);
  log(
    mastery.include
      ? `${courseId}: manifest pass mark ${mastery.passMark}% (adlcp:masteryscore ${mastery.passMark}; minNormalizedMeasure ${mastery.passMark / 100})`
      : `${courseId}: no pass mark in the manifest: ${mastery.reason}`,
  );

  const zips = await packageCourse({
    paths,
    courseId,
    title,
    version: input.version,
    mastery,
    partnershipId: partnership.id,
    editions: partnership.scormVersions,
    buildNote: `${title}: course version ${input.version}, built ${builtOn} for ${partnership.name} (partnerships/${partnership.id}).`,
  });
  for (const zip of zips) log(`${displayPath(paths, zip.file)}: ${formatBytes(zip.bytes)} (limit ${formatBytes(MAX_ZIP_BYTES)})`);
}

/**
 * Packages every listed course. A course that fails does not stop the others;
 * all failures are reported together at the end.
 */
export async function packageAllCourses(input: PackageAllInput): Promise<void> {
  const failures: string[] = [];
  for (const courseId of input.courseIds) {
    await removeStaleZips(input.paths, courseId, (input.partnership ?? NATIONAL_DEFAULT).id);
    try {
      await packageOne(input, courseId);
    } catch (error) {
      if (!(error instanceof PackageError)) throw error;
      failures.push(error.message);
    }
  }
  if (failures.length) throw new PackageProblems(failures, `Packaging failed for ${failures.length} of ${input.courseIds.length} course(s):`);
}
