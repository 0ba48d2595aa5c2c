import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LmsVariant, ScormEdition } from './lms-variant';

/** Where packaging reads content from and writes builds to, relative to one project root. */
export interface ProjectPaths {
  root: string;
  /** modules/ : course and module content. */
  contentDir: string;
  /** modules/courses/ : one folder per course. */
  coursesDir: string;
  /** partnerships/ : one folder per partnership, and the national build's. */
  partnershipsDir: string;
  dist: string;
}

/**
 * The build every `npm start` and plain `npm run package` makes (partnerships/national).
 * Kept here, not imported from the content loader, so the browser tests can name its outputs
 * without loading any content code.
 */
export const NATIONAL_BUILD = 'national';

/** Which partnership a build is for and the course version it carries. */
export interface BuildTarget {
  partnershipId: string;
  /** The course version in the zip names; package.json's when left out. */
  version?: string;
}

export interface CourseOutputPaths {
  /** dist/<build>/web/ : what `vite build` writes, the input to packaging. */
  web: string;
  /** dist/<build>/<variant>/ : unpacked trees the preview LMS serves. */
  variant: (variant: LmsVariant) => string;
  /** dist/<partnership>-<course>-<edition>-<version>.zip */
  zip: (edition: ScormEdition) => string;
  /** Whether a file name in dist/ is one of this build's zips, of any version (stale ones are removed before a build). */
  isOwnZip: (fileName: string) => boolean;
}

export const projectPaths = (root: string): ProjectPaths => ({
  root,
  contentDir: path.join(root, 'modules'),
  coursesDir: path.join(root, 'modules', 'courses'),
  partnershipsDir: path.join(root, 'partnerships'),
  dist: path.join(root, 'dist'),
});

/** package.json `version`, read when a zip name needs it; "0.0.0" for a project without one (a test's). */
export function projectVersion(paths: ProjectPaths): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(paths.root, 'package.json'), 'utf8'));
    const version = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The folder a build's unpacked trees go in, under dist/ (and the preview's /courses/<folder>/):
 * the course id for the national build, which the preview and the browser tests serve, and
 * `<partnership>-<course>` for a partnership's, so both can sit side by side.
 */
export const buildFolder = (courseId: string, partnershipId: string): string =>
  partnershipId === NATIONAL_BUILD ? courseId : `${partnershipId}-${courseId}`;

/** A version as it may appear in a file name. */
const fileSafe = (version: string): string => version.replace(/[^A-Za-z0-9._-]/g, '-');

export const courseOutputPaths = (paths: ProjectPaths, courseId: string, target: BuildTarget = { partnershipId: NATIONAL_BUILD }): CourseOutputPaths => {
  const folder = path.join(paths.dist, buildFolder(courseId, target.partnershipId));
  const prefix = `${target.partnershipId}-${courseId}-`;
  return {
    web: path.join(folder, 'web'),
    variant: (variant) => path.join(folder, variant),
    zip: (edition) => path.join(paths.dist, `${prefix}${edition}-${fileSafe(target.version ?? projectVersion(paths))}.zip`),
    isOwnZip: (name) => name.startsWith(prefix) && /^(scorm12|scorm2004)-[A-Za-z0-9._-]+\.zip$/.test(name.slice(prefix.length)),
  };
};

/** A path for messages: relative to the project root, with forward slashes. */
export const displayPath = (paths: ProjectPaths, absolute: string): string =>
  path.relative(paths.root, absolute).split(path.sep).join('/');
