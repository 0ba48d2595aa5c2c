import { lazyWithTexts } from '../../lib/i18n/lazy-with-texts';

/**
 * The display options panel, with its texts (locales/<language>/panels.json, shared with the
 * language panel: the options and what is announced when one changes). The button's label, the loading and
 * failure messages stay in ui.json: they show before the panel is here, or instead of it.
 * The preferences themselves (the store, applied to <html>) are not in this chunk: they
 * apply before the first paint.
 */
export const lazyDisplayOptionsPanel = lazyWithTexts(() => import('./display-options-panel').then((m) => m.DisplayOptionsPanel), ['panels']);
