/**
 * Content ids are stable, human-readable and never regenerated: they key saved
 * progress, LMS interaction ids and locale text, so renaming one is a breaking change.
 * Lower-case letters, digits and single hyphens only, so that every id is also a
 * valid SCORM 1.2 CMIIdentifier and a SCORM 2004 short identifier once "-" is mapped.
 *
 * Kept apart from the zod schemas so browser code can use it without shipping zod.
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
