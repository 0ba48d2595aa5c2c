import { MARK } from './codec-alphabet';
import { readV0, V0 } from './progress-codec-v0';
import type { Decoded, ProgressContent } from './progress-content';
import { V1, V2, V3 } from './progress-format-v1';
import { readV1, readV2, readV3 } from './progress-reader-v1';
import { emptyProgress } from './progress-record';
import { savedVersion } from './saved-version';

/**
 * Text → progress. Versioned: the text starts `os<version>`; each version has a
 * reader that returns the current ProgressRecord (older readers migrate). Decoding
 * never throws: damaged, truncated or foreign text yields what could be kept and
 * warnings saying what was dropped. See docs/progress-format.md.
 */

const readers: Record<number, (sections: readonly string[], content: ProgressContent) => Decoded> = {
  [V0]: readV0,
  [V1]: readV1,
  [V2]: readV2,
  [V3]: readV3,
};

export function decodeProgress(text: string, content: ProgressContent): Decoded {
  try {
    if (text.trim() === '') return { progress: emptyProgress(), warnings: [] };
    const [, ...sections] = text.split(MARK.section);
    const version = savedVersion(text);
    if (version === null) {
      return { progress: emptyProgress(), warnings: ['The saved progress is not in a format this course recognises; starting afresh.'] };
    }
    const reader = readers[version];
    if (!reader) {
      return { progress: emptyProgress(), warnings: [`The saved progress was written by a newer version of the course (format ${version}); starting afresh.`] };
    }
    return reader(sections, content);
  } catch (error) {
    // A reader bug must not stop the course from opening: start afresh and say why.
    return { progress: emptyProgress(), warnings: [`The saved progress could not be read (${String(error)}); starting afresh.`] };
  }
}
