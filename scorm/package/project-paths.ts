import path from 'node:path';
import type { LmsVariant, ScormEdition } from './lms-variant';

/** Where packaging reads content from and writes builds to, relative to one project root. */
export interface ProjectPaths {
  root: string;
  /** modules/ : course and module content. */
  contentDir: string;
  /** modules/courses/ : one folder per course. */
  coursesDir: string;
  dist: string;
}

export interface CourseOutputPaths {
  /** dist/<course>/web/ : what `vite build` writes, the input to packaging. */
  web: string;
  /** dist/<course>/<variant>/ : unpacked trees the preview LMS serves. */
  variant: (variant: LmsVariant) => string;
  /** dist/<course>-<edition>.zip */
  zip: (edition: ScormEdition) => string;
}

export const projectPaths = (root: string): ProjectPaths => ({
  root,
  contentDir: path.join(root, 'modules'),
  coursesDir: path.join(root, 'modules', 'courses'),
  dist: path.join(root, 'dist'),
});

export const courseOutputPaths = (paths: ProjectPaths, courseId: string): CourseOutputPaths => ({
  web: path.join(paths.dist, courseId, 'web'),
  variant: (variant) => path.join(paths.dist, courseId, variant),
  zip: (edition) => path.join(paths.dist, `${courseId}-${edition}.zip`),
});

/** A path for messages: relative to the project root, with forward slashes. */
export const displayPath = (paths: ProjectPaths, absolute: string): string =>
  path.relative(paths.root, absolute).split(path.sep).join('/');
