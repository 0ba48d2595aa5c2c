/**
 * Identifiers sent to the LMS. Content ids are lower-case letters, digits and single
 * hyphens; SCORM 2004 short identifiers (response ids) must not contain hyphens in
 * Moodle (`^[\w.]{1,250}$`) and SCORM 1.2 identifiers are safest as `[A-Za-z0-9_]`,
 * so hyphens become underscores. Parts are joined with a double underscore, which a
 * mapped id never contains, so distinct content never shares an identifier.
 */

const MAX_LENGTH = 250;

/** A content id as a SCORM-safe identifier: `grooming-signs` -> `grooming_signs`. */
export const scormId = (contentId: string): string => contentId.replace(/[^A-Za-z0-9]/g, '_').slice(0, MAX_LENGTH) || '_';

/** Several ids joined into one identifier: `kc__contact__s15a_online`. */
export const scormIdPath = (...parts: readonly string[]): string => parts.map(scormId).join('__').slice(0, MAX_LENGTH);
