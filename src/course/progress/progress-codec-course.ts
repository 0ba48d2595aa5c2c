import { COURSE_VERSION_PATTERN } from '../schema/course-version-pattern';
import { decodeInt, encodeInt } from './codec-alphabet';

/**
 * The course section of saved progress (version 3): the time spent in the course and the
 * version of the course that saved it. `"C" seconds version?`: seconds is 4 digits (up to
 * 16,777,215, about 194 days, which no learner reaches; more is saved as that); the version
 * follows as written in course.yaml with each `.` as `_` (`.` separates sections, and a version
 * never holds `_`). See docs/progress-format.md.
 */

export const COURSE_SECTION = 'C';
export const TIME_SPENT_WIDTH = 4;
export const MAX_TIME_SPENT_SECONDS = 64 ** TIME_SPENT_WIDTH - 1;

export interface CourseSectionData {
  timeSpentSeconds: number;
  courseVersion?: string;
}

/** Whole seconds as stored: 0..MAX_TIME_SPENT_SECONDS (a non-number counts as none). */
export const storedTimeSpent = (seconds: number): number =>
  Number.isFinite(seconds) ? Math.min(MAX_TIME_SPENT_SECONDS, Math.max(0, Math.round(seconds))) : 0;

/** The version as stored, or undefined when it is not one a course can have (then it is not saved). */
export const storedCourseVersion = (version: string | undefined): string | undefined =>
  version !== undefined && COURSE_VERSION_PATTERN.test(version) ? version : undefined;

/**
 * Time spent and course version as saved progress keeps them: the version only if a course could
 * have it, and the time in whole seconds whenever either is there (a version is saved only with a
 * time; a version saved without one reads back with none spent).
 */
export function storedStamp(progress: { timeSpentSeconds?: number | undefined; courseVersion?: string | undefined }): { timeSpentSeconds?: number; courseVersion?: string } {
  const version = storedCourseVersion(progress.courseVersion);
  return {
    ...(progress.timeSpentSeconds !== undefined || version !== undefined ? { timeSpentSeconds: storedTimeSpent(progress.timeSpentSeconds ?? 0) } : {}),
    ...(version !== undefined ? { courseVersion: version } : {}),
  };
}

/** The section body (before its checksum). Expects values as stored (see stored-progress.ts). */
export const writeCourseSection = ({ timeSpentSeconds, courseVersion }: CourseSectionData): string =>
  COURSE_SECTION + encodeInt(timeSpentSeconds, TIME_SPENT_WIDTH) + (courseVersion ?? '').replaceAll('.', '_');

/** Reads a section body that starts with `C`; null (with a warning) when it is malformed. Never throws. */
export function readCourseSection(body: string, warn: (message: string) => void): CourseSectionData | null {
  const seconds = decodeInt(body.slice(1, 1 + TIME_SPENT_WIDTH));
  const version = body.slice(1 + TIME_SPENT_WIDTH).replaceAll('_', '.');
  if (body.length < 1 + TIME_SPENT_WIDTH || seconds === null) {
    warn('The saved time spent in the course is malformed; it starts again from nothing.');
    return null;
  }
  if (version !== '' && !COURSE_VERSION_PATTERN.test(version)) {
    warn('The saved course version is malformed; dropped (the time spent is kept).');
    return { timeSpentSeconds: seconds };
  }
  return version === '' ? { timeSpentSeconds: seconds } : { timeSpentSeconds: seconds, courseVersion: version };
}
