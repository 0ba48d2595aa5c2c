import { isLmsProfile, type LmsProfile } from './lms-profiles';

/** Which course, SCORM version and LMS profile the preview opens, read from and written to the query string. */

export const SCORM_VERSIONS = ['scorm12', 'scorm2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

export interface LaunchOptions {
  courseId: string;
  version: ScormVersion;
  /** How the LMS behaves (lms-profiles.ts). */
  profile: LmsProfile;
}

export const DEFAULT_PROFILE: LmsProfile = 'scorm-again';

export type LaunchProblem =
  | { kind: 'unknown-course'; requested: string; fallback: string }
  | { kind: 'unknown-version'; requested: string }
  | { kind: 'unknown-profile'; requested: string };

export const isScormVersion = (value: string): value is ScormVersion =>
  (SCORM_VERSIONS as readonly string[]).includes(value);

/**
 * `?course=<id>&version=scorm12|scorm2004&profile=scorm-again|moodle|strict`. Anything
 * missing falls back to the first built course, SCORM 1.2 and scorm-again; anything
 * unknown does too, and is reported.
 * `options` is null only when no course is built at all.
 */
export function readLaunchOptions(
  search: string,
  builtCourseIds: readonly string[],
): { options: LaunchOptions | null; problems: LaunchProblem[] } {
  const query = new URLSearchParams(search);
  const problems: LaunchProblem[] = [];
  const requestedVersion = query.get('version');
  let version: ScormVersion = 'scorm12';
  if (requestedVersion !== null && requestedVersion !== '') {
    if (isScormVersion(requestedVersion)) version = requestedVersion;
    else problems.push({ kind: 'unknown-version', requested: requestedVersion });
  }
  const requestedProfile = query.get('profile');
  let profile = DEFAULT_PROFILE;
  if (requestedProfile !== null && requestedProfile !== '') {
    if (isLmsProfile(requestedProfile)) profile = requestedProfile;
    else problems.push({ kind: 'unknown-profile', requested: requestedProfile });
  }
  const fallback = builtCourseIds[0];
  if (fallback === undefined) return { options: null, problems };
  const requestedCourse = query.get('course');
  let courseId = fallback;
  if (requestedCourse !== null && requestedCourse !== '') {
    if (builtCourseIds.includes(requestedCourse)) courseId = requestedCourse;
    else problems.push({ kind: 'unknown-course', requested: requestedCourse, fallback });
  }
  return { options: { courseId, version, profile }, problems };
}

export function launchQuery(options: LaunchOptions): string {
  return `?${new URLSearchParams({ course: options.courseId, version: options.version, profile: options.profile }).toString()}`;
}

/** Where the course's build for this version is served (see preview/server/request-target.ts). */
export const courseLaunchUrl = (options: LaunchOptions): string =>
  `/courses/${encodeURIComponent(options.courseId)}/${options.version}/index.html`;
