import { PackageError } from './package-error';
import type { ScormEdition } from './lms-variant';

/** The IMS CP 1.1.2 XSD limits the manifest `version` attribute to 20 characters. */
const MAX_VERSION_LENGTH = 20;

export interface ManifestIdentifiers {
  /** `<manifest identifier>`: changes with every release, so an LMS can tell package versions apart. */
  manifest: string;
  /** `<manifest version>`: the package.json version. */
  version: string;
  organization: string;
  item: string;
  resource: string;
}

/**
 * Identifiers are XML IDs (NCName): a letter first, then letters, digits, ".", "-", "_".
 * Course ids already fit (see src/course/schema/ids.ts); the version may carry "+build" metadata.
 *
 * Only the manifest identifier carries the version. The organisation, item and
 * resource identifiers stay the same across releases on purpose: when a package is
 * replaced, Moodle matches the new SCOs to the old ones by item identifier and moves
 * the learners' tracking data across (mod/scorm/datamodels/scormlib.php,
 * scorm_parse_scorm). A versioned item identifier would orphan every learner's
 * progress on each update.
 */
export function manifestIdentifiers(courseId: string, packageVersion: string, edition: ScormEdition): ManifestIdentifiers {
  if (packageVersion.length === 0 || packageVersion.length > MAX_VERSION_LENGTH) {
    throw new PackageError(
      `package.json → version: "${packageVersion}" must be 1 to ${MAX_VERSION_LENGTH} characters (the SCORM manifest version attribute limit).`,
    );
  }
  const versionToken = packageVersion.replace(/[^A-Za-z0-9._-]/g, '-');
  return {
    manifest: `${courseId}-${edition}-v${versionToken}`,
    version: packageVersion,
    organization: `${courseId}-organisation`,
    item: `${courseId}-sco`,
    resource: `${courseId}-resource`,
  };
}
