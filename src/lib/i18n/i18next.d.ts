import type player from './locales/en-GB/player.json';
import type statement from './locales/en-GB/statement.json';
import type panels from './locales/en-GB/panels.json';
import type ui from './locales/en-GB/ui.json';

/**
 * Types UI keys: `t('menu.start')` or `t('ui:menu.start')` is checked against the
 * en-GB source files. The 'ui' namespace is the first-screen file plus the parts that
 * load on demand (src/lib/i18n/ui-parts.ts), so a key is typed whichever file holds it.
 * A section may be split across files (accessibilityStatement, preferences, language): the intersection
 * merges it key by key, as addResourceBundle's deep merge does at run time.
 * Course and module namespaces are loaded at run time and their keys come from
 * src/course/text-keys.ts, so they go through useContentText.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui & typeof player & typeof statement & typeof panels };
  }
}
