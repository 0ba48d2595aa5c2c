import { ContentValidationError } from '../content/content-validation-error';
import { loadCourseContent } from '../content/load-content';
import type { Course } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { courseNamespace, courseText } from '../../src/course/text-keys';
import { PackageError } from './package-error';
import type { ProjectPaths } from './project-paths';

/** What packaging needs from a course's content. */
export interface PackagingCourse {
  course: Course;
  modules: Record<string, Module>;
  /** The course title in MANIFEST_LOCALE, which the LMS shows. */
  title: string;
}

/** LMS titles come from the UK English text; other locales are offered inside the course. */
export const MANIFEST_LOCALE = 'en-GB';

/**
 * One course's validated content and title. Nothing is packaged from content that
 * fails validation: every problem (file, line, field) is reported as a PackageError.
 */
export function loadPackagingCourse(paths: ProjectPaths, courseId: string): PackagingCourse {
  let content;
  try {
    content = loadCourseContent(paths.contentDir, courseId, { projectRoot: paths.root });
  } catch (error) {
    if (error instanceof ContentValidationError) throw new PackageError(`${courseId}: ${error.message}`);
    throw error;
  }
  const namespace = courseNamespace(courseId);
  const title = content.locales[MANIFEST_LOCALE]?.[namespace]?.[courseText.title];
  if (typeof title !== 'string' || title.trim() === '') {
    throw new PackageError(
      `modules/courses/${courseId}/locales/${MANIFEST_LOCALE}.yaml → ${courseText.title}: the course needs a ${MANIFEST_LOCALE} title for the LMS ` +
        `(the course's locales are ${content.course.locales.join(', ')}).`,
    );
  }
  return { course: content.course, modules: content.modules, title: title.trim() };
}
