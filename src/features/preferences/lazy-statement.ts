import { lazyWithTexts } from '../../lib/i18n/lazy-with-texts';

/**
 * The accessibility statement and its texts (locales/<language>/statement.json):
 * few learners open it, so the first screen does not download either.
 */
export const lazyStatement = lazyWithTexts(() => import('./accessibility-statement').then((m) => m.AccessibilityStatement), ['statement']);
