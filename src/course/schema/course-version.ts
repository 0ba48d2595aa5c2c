import { z } from 'zod';

/**
 * A course's version (course.yaml `version`), e.g. "1.4.0" or "2026.12.1": letters and digits
 * in parts joined by single dots or hyphens. It is shown to learners and admins and saved with
 * each learner's progress (docs/progress-format.md, version 3), which writes a dot as `_`; that
 * is why `_` and other marks are not allowed.
 */
export const COURSE_VERSION_PATTERN = /^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/;
export const COURSE_VERSION_MAX_LENGTH = 24;

export const CourseVersionSchema = z
  .string()
  .regex(COURSE_VERSION_PATTERN, { message: 'must be letters and digits in parts joined by dots or hyphens, e.g. "1.4.0"' })
  .max(COURSE_VERSION_MAX_LENGTH, { message: `must be at most ${COURSE_VERSION_MAX_LENGTH} characters` });

export const isCourseVersion = (value: string): boolean => CourseVersionSchema.safeParse(value).success;
