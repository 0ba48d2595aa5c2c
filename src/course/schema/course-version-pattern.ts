/**
 * A course version as saved with a learner's progress (the build's `buildInfo.courseVersion`,
 * src/course/build-info.ts), e.g. "1.4.0" or "2026.12.1-rc2": letters and digits in parts joined
 * by single dots or hyphens, at most 24 characters. Saved progress (docs/progress-format.md,
 * version 3) writes a dot as `_`, so `_`, `+` and other marks cannot be saved: a build whose
 * version has them saves none (packaging refuses such a version).
 *
 * Kept apart from the zod schema (course-version.ts) so the player's progress codec can use it
 * without shipping zod on the first screen.
 */
export const COURSE_VERSION_PATTERN = /^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/;
export const COURSE_VERSION_MAX_LENGTH = 24;
