/**
 * Hard limits packaging enforces, each with the reason it exists.
 */

/** SCORM 1.2 cmi.suspend_data is a CMIString4096; Moodle (SCORM standards mode, on by default) and Totara enforce it. */
export const SCORM12_SUSPEND_DATA_LIMIT = 4096;

/** Our own target for the fullest possible progress, leaving room under the limit as content grows. */
export const SUSPEND_DATA_TARGET = 1000;

/** 2 MB (decimal, the stricter reading): small enough to upload to any LMS and to load on a slow connection. */
export const MAX_ZIP_BYTES = 2_000_000;

/** "734.2 kB": decimal units, as Vite and most LMS upload pages show file sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
