/**
 * The three outputs packaging makes from one web build. The value is what the
 * `course-lms` meta tag in index.html says, which picks the tracking adapter at run time.
 */
export const LMS_VARIANTS = ['scorm12', 'scorm2004', 'standalone'] as const;
export type LmsVariant = (typeof LMS_VARIANTS)[number];

/** The variants that are SCORM packages (a manifest and a zip). */
export const SCORM_EDITIONS = ['scorm12', 'scorm2004'] as const;
export type ScormEdition = (typeof SCORM_EDITIONS)[number];
