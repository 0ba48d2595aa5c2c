import { MARK } from './codec-alphabet';
import type { LearnerPreferences } from './learner-preferences';
import { readV0, V0 } from './progress-codec-v0';
import { readV1, V1, writeV1 } from './progress-codec-v1';
import type { Decoded, ProgressContent } from './progress-content';
import { chooseSalt } from './progress-keys';
import { emptyProgress, type ProgressRecord } from './progress-record';

/**
 * Saved progress <-> text for SCORM suspend_data and localStorage. Versioned: the
 * text starts `os<version>`; each version has a reader that returns the current
 * ProgressRecord (older readers migrate), and only the current version is written.
 * Decoding never throws: damaged, truncated or foreign text yields what could be
 * kept and warnings saying what was dropped. See docs/progress-format.md.
 */

export type { Decoded, ProgressContent } from './progress-content';

export const CURRENT_VERSION = V1;

const readers: Record<number, (sections: readonly string[], content: ProgressContent) => Decoded> = {
  [V0]: readV0,
  [V1]: readV1,
};

const VERSION_MARK = /^os(\d{1,4})$/;

export interface EncodeOptions {
  /** Defaults to the salt chosen for the content (see progress-keys.ts); a session computes it once. */
  salt?: number;
  /** The learner's display preferences, saved with the progress so they follow the learner. */
  preferences?: LearnerPreferences | null;
}

export const encodeProgress = (progress: ProgressRecord, content: ProgressContent, options: EncodeOptions = {}): string =>
  writeV1(progress, options.salt ?? chooseSalt(content), options.preferences);

export function decodeProgress(text: string, content: ProgressContent): Decoded {
  try {
    if (text.trim() === '') return { progress: emptyProgress(), warnings: [] };
    const [mark = '', ...sections] = text.split(MARK.section);
    const version = VERSION_MARK.exec(mark)?.[1];
    if (version === undefined) {
      return { progress: emptyProgress(), warnings: ['The saved progress is not in a format this course recognises; starting afresh.'] };
    }
    const reader = readers[Number(version)];
    if (!reader) {
      return { progress: emptyProgress(), warnings: [`The saved progress was written by a newer version of the course (format ${version}); starting afresh.`] };
    }
    return reader(sections, content);
  } catch (error) {
    // A reader bug must not stop the course from opening: start afresh and say why.
    return { progress: emptyProgress(), warnings: [`The saved progress could not be read (${String(error)}); starting afresh.`] };
  }
}
