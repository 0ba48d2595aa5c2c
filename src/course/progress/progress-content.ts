import type { Course } from '../schema/course-schema';
import type { Module } from '../schema/module-schema';
import type { LearnerPreferences } from './learner-preferences';
import type { ProgressRecord } from './progress-record';

/**
 * The content saved progress is read against: the course and the content of its
 * modules (by id). Decoding keeps only what still exists in it.
 */
export interface ProgressContent {
  course: Course;
  modules: Readonly<Record<string, Module>>;
}

/** The course's modules whose content is known, in course order. */
export const courseModules = (content: ProgressContent): Module[] =>
  content.course.modules.flatMap((ref) => {
    const module = content.modules[ref.id];
    return module ? [module] : [];
  });

/** Progress read back from saved text, with what had to be dropped and why. */
export interface Decoded {
  progress: ProgressRecord;
  warnings: string[];
  /** The learner's display preferences, when the text carries them (absent otherwise). */
  preferences?: LearnerPreferences;
  /** The language the learner chose in the course, when the text carries it (absent otherwise). */
  language?: string;
}
