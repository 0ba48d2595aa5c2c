import { TEXT_SIZES, type LearnerPreferences, type TextSize } from '../../course/progress/learner-preferences';

/**
 * Preferences reach the styles as classes on <html> (src/styles/preferences.css):
 * classes, not inline styles, so the strict Content Security Policy holds, and on
 * <html> so that rem-based sizes and every custom property follow.
 */
export const PREFERENCE_CLASSES = {
  highContrast: 'high-contrast',
  readableFont: 'readable-font',
  reducedMotion: 'reduced-motion',
} as const;

/** The standard size needs no class: it is the browser's own text size. */
export const textSizeClass = (size: TextSize): string | null => (size === 'standard' ? null : `text-size-${size}`);

export function applyPreferences(root: HTMLElement, preferences: LearnerPreferences): void {
  root.classList.toggle(PREFERENCE_CLASSES.highContrast, preferences.highContrast);
  root.classList.toggle(PREFERENCE_CLASSES.readableFont, preferences.readableFont);
  root.classList.toggle(PREFERENCE_CLASSES.reducedMotion, preferences.reducedMotion);
  for (const size of TEXT_SIZES) {
    const name = textSizeClass(size);
    if (name) root.classList.toggle(name, size === preferences.textSize);
  }
}
