import { decodeInt, encodeInt } from './codec-alphabet';
import { TEXT_SIZES, type LearnerPreferences, type TextSize } from './learner-preferences';

/**
 * The learner's display preferences as one section of saved progress (version 1):
 * `"P" flags`, where flags is one digit: bit 0 high contrast, bit 1 readable font,
 * bit 2 reduced motion, bits 3–4 the text size step (0 standard, 1 large, 2 larger).
 * Digits after the first are reserved for settings added later and are skipped by
 * this reader, so a newer course's text still gives these four back.
 * See docs/progress-format.md.
 */

export const PREFERENCES_SECTION = 'P';

const BIT = { highContrast: 1, readableFont: 2, reducedMotion: 4 } as const;
const TEXT_SIZE_SHIFT = 3;
const TEXT_SIZE_MASK = 0b11;

/** The section body (before its checksum). */
export function writePreferences(preferences: LearnerPreferences): string {
  const flags =
    (preferences.highContrast ? BIT.highContrast : 0) |
    (preferences.readableFont ? BIT.readableFont : 0) |
    (preferences.reducedMotion ? BIT.reducedMotion : 0) |
    (TEXT_SIZES.indexOf(preferences.textSize) << TEXT_SIZE_SHIFT);
  return PREFERENCES_SECTION + encodeInt(flags, 1);
}

export interface ReadPreferences {
  preferences: LearnerPreferences | null;
  warnings: string[];
}

/** Reads a section body that starts with `P`. Never throws. */
export function readPreferences(body: string): ReadPreferences {
  const flags = decodeInt(body.slice(1, 2));
  if (body.length < 2 || flags === null) {
    return { preferences: null, warnings: ['The saved display preferences are malformed; the defaults are used.'] };
  }
  const warnings: string[] = [];
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
    warnings,
  };
}
