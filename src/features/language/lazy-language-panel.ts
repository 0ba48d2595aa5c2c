import { lazyWithTexts } from '../../lib/i18n/lazy-with-texts';

/** The language panel, with its texts (locales/<language>/panels.json): downloaded on intent, not with the first screen. */
export const lazyLanguagePanel = lazyWithTexts(() => import('./language-panel').then((m) => m.LanguagePanel), ['panels']);
