/**
 * How a learner wants the course displayed. Kept apart from ProgressRecord: it is
 * not progress and the course machines never see it, but it travels with progress
 * in the LMS record (a `P` section, see docs/progress-format.md) so that it follows
 * the learner to another computer. Checked by hand, not with zod, because it is read
 * in the browser and zod stays out of the course bundle.
 */

/** Text size steps, smallest first: 100%, 125% and 150% of the browser's text size. */
export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface LearnerPreferences {
  textSize: TextSize;
  highContrast: boolean;
  /** A plainer system font with more space between letters, words, lines and paragraphs. */
  readableFont: boolean;
  /** No animations or transitions (the operating system's setting applies as well). */
  reducedMotion: boolean;
}

export const PREFERENCE_FIELDS = ['textSize', 'highContrast', 'readableFont', 'reducedMotion'] as const satisfies readonly (keyof LearnerPreferences)[];

export const isTextSize = (value: unknown): value is TextSize => TEXT_SIZES.some((size) => size === value);

/** Why a stored value cannot be this preference, or null if it can. */
export function preferenceProblem(field: keyof LearnerPreferences, value: unknown): string | null {
  if (field === 'textSize') return isTextSize(value) ? null : `expected one of ${TEXT_SIZES.map((s) => `"${s}"`).join(', ')}`;
  return typeof value === 'boolean' ? null : 'expected true or false';
}

export const samePreferences = (a: LearnerPreferences, b: LearnerPreferences): boolean =>
  PREFERENCE_FIELDS.every((field) => a[field] === b[field]);
