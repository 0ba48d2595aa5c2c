import { decodeInt, encodeInt } from './codec-alphabet';
import { TEXT_SIZES, type LearnerPreferences, type TextSize } from './learner-preferences';

/**
 * The learner's display preferences and chosen language as one section of saved progress
 * (any version): `"P" flags [ length language ]`, where flags is one digit: bit 0 high
 * contrast, bit 1 readable font, bit 2 reduced motion, bits 3–4 the text size step (0
 * standard, 1 large, 2 larger), bit 5 set when the section holds only a language (no display
 * preferences were chosen). The language, when the learner chose one, is its tag ("cy",
 * "en-GB": every character is a digit) after one digit giving its length. Digits after these
 * are reserved for settings added later and are skipped by this reader; a build from before
 * the language skips it the same way. See docs/progress-format.md.
 */

export const PREFERENCES_SECTION = 'P';

const BIT = { highContrast: 1, readableFont: 2, reducedMotion: 4 } as const;
const LANGUAGE_ONLY = 32;
/** The language tags a course may list (course-schema.ts): nothing else is written or read back. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const TEXT_SIZE_SHIFT = 3;
const TEXT_SIZE_MASK = 0b11;

/** The section body (before its checksum); null preferences with a language writes the language alone. */
export function writePreferences(preferences: LearnerPreferences | null, language?: string | null): string {
  const flags = preferences
    ? (preferences.highContrast ? BIT.highContrast : 0) |
      (preferences.readableFont ? BIT.readableFont : 0) |
      (preferences.reducedMotion ? BIT.reducedMotion : 0) |
      (TEXT_SIZES.indexOf(preferences.textSize) << TEXT_SIZE_SHIFT)
    : LANGUAGE_ONLY;
  const tag = language && LANGUAGE_TAG.test(language) ? encodeInt(language.length, 1) + language : '';
  return PREFERENCES_SECTION + encodeInt(flags, 1) + tag;
}

export interface ReadPreferences {
  /** Null when the section holds none (only a language) or is malformed. */
  preferences: LearnerPreferences | null;
  /** The language the learner chose, if saved. */
  language: string | null;
  warnings: string[];
}

function readLanguage(body: string, warnings: string[]): string | null {
  // No digit, or a length of 0: no language saved (a later setting may follow the 0).
  const length = decodeInt(body.slice(2, 3)) ?? 0;
  if (length === 0) return null;
  const tag = body.slice(3, 3 + length);
  if (tag.length === length && LANGUAGE_TAG.test(tag)) return tag;
  warnings.push('The saved language is malformed; the language is chosen afresh.');
  return null;
}

/** Reads a section body that starts with `P`. Never throws. */
export function readPreferences(body: string): ReadPreferences {
  const flags = decodeInt(body.slice(1, 2));
  if (body.length < 2 || flags === null) {
    return { preferences: null, language: null, warnings: ['The saved display preferences are malformed; the defaults are used.'] };
  }
  const warnings: string[] = [];
  const language = readLanguage(body, warnings);
  if ((flags & LANGUAGE_ONLY) !== 0) return { preferences: null, language, warnings };
  let textSize: TextSize | undefined = TEXT_SIZES[(flags >> TEXT_SIZE_SHIFT) & TEXT_SIZE_MASK];
  if (textSize === undefined) {
    warnings.push('The saved text size is not one this course offers; standard size is used.');
    textSize = 'standard';
  }
  return {
    preferences: {
      textSize,
      highContrast: (flags & BIT.highContrast) !== 0,
      readableFont: (flags & BIT.readableFont) !== 0,
      reducedMotion: (flags & BIT.reducedMotion) !== 0,
    },
    language,
    warnings,
  };
}
