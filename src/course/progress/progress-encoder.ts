import type { LearnerPreferences } from './learner-preferences';
import type { ProgressContent } from './progress-content';
import { V3 } from './progress-format-v1';
import { chooseSalt } from './progress-keys';
import type { ProgressRecord } from './progress-record';
import { writeV1 } from './progress-writer-v1';

/**
 * Progress → text for SCORM suspend_data and localStorage, always in the current
 * version of the format. The reading side is progress-decoder.ts, kept apart so a
 * first visit (nothing saved yet) never downloads it; this side downloads with saved
 * progress or the course machine (src/app/tracking-writer.ts), and until then the first
 * screen writes an empty record itself (progress-writer-opening.ts). See docs/progress-format.md.
 */

/** The newest version written; a record that needs nothing of it is written as version 1 or 2. */
export const CURRENT_VERSION = V3;

export interface EncodeOptions {
  /** Defaults to the salt chosen for the content (see progress-keys.ts); the app gets it from the build. */
  salt?: number;
  /** The learner's display preferences, saved with the progress so they follow the learner. */
  preferences?: LearnerPreferences | null;
  /** The language the learner chose in the course (in the preferences section, see progress-codec-preferences.ts). */
  language?: string | null;
}

export const encodeProgress = (progress: ProgressRecord, content: ProgressContent, options: EncodeOptions = {}): string =>
  writeV1(progress, options.salt ?? chooseSalt(content), options.preferences, options.language);
