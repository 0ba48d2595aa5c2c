import { encodeInt, MARK } from './codec-alphabet';
import type { LearnerPreferences } from './learner-preferences';
import { writePreferences } from './progress-codec-preferences';
import { storedStamp, writeCourseSection } from './progress-codec-course';
import { seal, SECTION, V1, V3 } from './progress-format-v1';
import type { ProgressRecord } from './progress-record';

/**
 * The sections saved progress opens with (progress-format-v1.ts): the format version, the
 * header, the learner's display preferences and chosen language, and the course section (time
 * spent, course version). The whole writer (progress-writer-v1.ts) writes the rest after them.
 *
 * A learner who has done nothing yet has nothing else to save, and this is all the first screen
 * needs to save them (on leaving, on quick exit, or when they choose a display option or a
 * language), so the whole writer and the scoring behind it download only with saved progress to
 * read or with the course machine (src/app/tracking-session.ts).
 */

/** The opening sections, each sealed; `header` is the header section's body. */
export function writeOpening(
  version: number,
  header: string,
  preferences: LearnerPreferences | null | undefined,
  language: string | null | undefined,
  course: Pick<ProgressRecord, 'timeSpentSeconds' | 'courseVersion'>,
): string[] {
  const sections = [`os${version}`, seal(header)];
  if (preferences || language) sections.push(seal(writePreferences(preferences ?? null, language)));
  // Early, like the preferences: an LMS that cuts the text short keeps it.
  if (course.timeSpentSeconds !== undefined) {
    sections.push(seal(writeCourseSection({ timeSpentSeconds: course.timeSpentSeconds, ...(course.courseVersion ? { courseVersion: course.courseVersion } : {}) })));
  }
  return sections;
}

/** A record with no module, no attempt and no module open: nothing to save but its time spent and course version. */
export const isEmptyProgress = (progress: ProgressRecord): boolean =>
  Object.keys(progress.modules).length === 0 && progress.assessment.attempts.length === 0 && progress.openModuleId === null;

/**
 * The text of an empty record (see isEmptyProgress), exactly as writeV1 writes it (a test holds
 * the two together): the opening alone, version 3 when it holds a time spent, else version 1.
 */
export function writeEmptyProgress(record: Pick<ProgressRecord, 'timeSpentSeconds' | 'courseVersion'>, salt: number, preferences?: LearnerPreferences | null, language?: string | null): string {
  const stamp = storedStamp(record);
  return writeOpening(stamp.timeSpentSeconds !== undefined ? V3 : V1, SECTION.header + encodeInt(salt, 1), preferences, language, stamp).join(MARK.section);
}
