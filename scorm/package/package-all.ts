import type { Course } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { loadPackagingCourse } from './course-source';
import { masteryDecision } from './mastery';
import { packageCourse } from './package-course';
import { PackageError, PackageProblems } from './package-error';
import { MAX_ZIP_BYTES, SCORM12_SUSPEND_DATA_LIMIT, SUSPEND_DATA_TARGET, formatBytes } from './package-limits';
import { displayPath, type ProjectPaths } from './project-paths';

/** The encoded size of the fullest possible progress record (src/course/progress/worst-case.ts). */
export type WorstCaseMeasure = (course: Course, modules: Record<string, Module>) => number;

export interface PackageAllInput {
  paths: ProjectPaths;
  courseIds: readonly string[];
  version: string;
  worstCaseLength: WorstCaseMeasure;
  log: (line: string) => void;
}

async function packageOne(input: PackageAllInput, courseId: string): Promise<void> {
  const { paths, log } = input;
  const { course, modules, title } = loadPackagingCourse(paths, courseId);

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

  const zips = await packageCourse({ paths, courseId, title, version: input.version, mastery });
  for (const zip of zips) log(`${displayPath(paths, zip.file)}: ${formatBytes(zip.bytes)} (limit ${formatBytes(MAX_ZIP_BYTES)})`);
}

/**
 * Packages every listed course. A course that fails does not stop the others;
 * all failures are reported together at the end.
 */
export async function packageAllCourses(input: PackageAllInput): Promise<void> {
  const failures: string[] = [];
  for (const courseId of input.courseIds) {
    try {
      await packageOne(input, courseId);
    } catch (error) {
      if (!(error instanceof PackageError)) throw error;
      failures.push(error.message);
    }
  }
  if (failures.length) throw new PackageProblems(failures, `Packaging failed for ${failures.length} of ${input.courseIds.length} course(s):`);
}
