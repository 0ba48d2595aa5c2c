import type { ManifestIdentifiers } from './manifest-identifiers';
import type { MasteryDecision } from './mastery';

/** What both manifest builders need. */
export interface ManifestInput {
  identifiers: ManifestIdentifiers;
  /** Shown by the LMS as the organisation and activity title. */
  title: string;
  /**
   * Every file of the package except imsmanifest.xml itself, sorted, package-relative.
   * The manifest describes the package's content; it does not list itself (as in the
   * ADL and Rustici samples), so the zip holds exactly these files plus the manifest.
   */
  files: readonly string[];
  mastery: MasteryDecision;
  /**
   * Which build this is (partnership, course version, build date), written as a comment at the
   * top of the manifest, so an admin who opens it can tell builds apart. No LMS reads it.
   */
  buildNote?: string;
}
