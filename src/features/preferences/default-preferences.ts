import type { LearnerPreferences } from '../../course/progress/learner-preferences';

/** The media query for the operating system's "reduce motion" setting. */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** What the page offers to tell the defaults (jsdom and old browsers have no matchMedia). */
export type MediaWindow = Partial<Pick<Window, 'matchMedia'>>;

/**
 * The preferences of a learner who has chosen none: standard size and colours, the
 * usual font, and motion reduced if the operating system asks for that.
 */
export function defaultPreferences(page: MediaWindow = globalThis): LearnerPreferences {
  const reducedMotion = typeof page.matchMedia === 'function' && page.matchMedia(REDUCED_MOTION_QUERY).matches;
  return { textSize: 'standard', highContrast: false, readableFont: false, reducedMotion };
}
