/**
 * Which build a learner is taking: the course version (package.json `version`, or what
 * packaging was told) and the day it was built. Shown on the About screen, written into
 * the SCORM manifest, and saved with the learner's progress so an admin can tell them apart.
 */
export interface BuildInfo {
  courseVersion: string;
  /** YYYY-MM-DD (UTC). */
  builtOn: string;
}
