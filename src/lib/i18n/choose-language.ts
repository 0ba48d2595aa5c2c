import { SOURCE_LANGUAGE } from './create-i18n';

/**
 * The course language to show: the learner's preference (e.g. from the LMS) if the
 * course has it, else one with the same primary language ("cy" for "cy-GB"),
 * else the course's source language (its first locale).
 */
export function chooseLanguage(available: readonly string[], preferred: string | null | undefined): string {
  if (preferred) {
    const wanted = preferred.trim().toLowerCase().replace('_', '-');
    const exact = available.find((language) => language.toLowerCase() === wanted);
    if (exact) return exact;
    const primary = wanted.split('-')[0];
    const sameLanguage = available.find((language) => language.toLowerCase().split('-')[0] === primary);
    if (sameLanguage) return sameLanguage;
  }
  return available[0] ?? SOURCE_LANGUAGE;
}
