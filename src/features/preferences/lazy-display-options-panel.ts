import { lazyWithTexts } from '../../lib/i18n/lazy-with-texts';

/**
 * The display options panel. Only its code waits: its texts stay in ui.json, since the
 * button, the loading message and the announcements need them anyway. The preferences
 * themselves (the store, applied to <html>) are not in this chunk: they apply before
 * the first paint.
 */
export const lazyDisplayOptionsPanel = lazyWithTexts(() => import('./display-options-panel').then((m) => m.DisplayOptionsPanel));
