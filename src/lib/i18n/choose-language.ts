import { SOURCE_LANGUAGE } from './create-i18n';

/**
 * The course language to show: the learner's preference (e.g. from the LMS) if the
 * course has it, else one with the same primary language ("cy" for "cy-GB"),
 * else the course's source language (its first locale).
 */
export function chooseLanguage(available: readonly string[], preferred: string | null | undefined): string {
  return matchLanguage(available, preferred) ?? available[0] ?? SOURCE_LANGUAGE;
}

/** The course's language for one preference ("cy-GB" finds "cy"), or null when it has none that fits. */
export function matchLanguage(available: readonly string[], preferred: string | null | undefined): string | null {
  if (!preferred) return null;
  const wanted = preferred.trim().toLowerCase().replaceAll('_', '-');
  if (wanted === '') return null;
  const exact = available.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return available.find((language) => language.toLowerCase().split('-')[0] === primary) ?? null;
}

export interface StartLanguageSources {
  /** The language the learner chose in this course before, kept with their progress. */
  saved?: string | null;
  /** The LMS's learner language preference (cmi.learner_preference.language, cmi.student_preference.language). */
  lms?: string | null;
  /** The browser's languages, most preferred first (navigator.languages). */
  browser?: readonly string[];
}

/**
 * The language the course starts in: a choice the learner made in this course, else the
 * LMS's learner preference, else the first of the browser's languages the course has, else
 * the source language. The saved choice comes first because an LMS's preference is often
 * the learner's profile default, set before they ever saw this course.
 */
export function chooseStartLanguage(available: readonly string[], { saved, lms, browser = [] }: StartLanguageSources): string {
  for (const preferred of [saved, lms, ...browser]) {
    const match = matchLanguage(available, preferred);
    if (match) return match;
  }
  return available[0] ?? SOURCE_LANGUAGE;
}
