import { z } from 'zod';

import { COURSE_VERSION_MAX_LENGTH, COURSE_VERSION_PATTERN } from './course-version-pattern';

export { COURSE_VERSION_MAX_LENGTH, COURSE_VERSION_PATTERN };

/** The zod form of the pattern, with messages for course.yaml and partnership files. */
export const CourseVersionSchema = z
  .string()
  .regex(COURSE_VERSION_PATTERN, { message: 'must be letters and digits in parts joined by dots or hyphens, e.g. "1.4.0"' })
  .max(COURSE_VERSION_MAX_LENGTH, { message: `must be at most ${COURSE_VERSION_MAX_LENGTH} characters` });

export const isCourseVersion = (value: string): boolean => CourseVersionSchema.safeParse(value).success;
