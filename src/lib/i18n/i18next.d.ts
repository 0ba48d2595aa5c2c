import type ui from './locales/en-GB/ui.json';

/**
 * Types UI keys: `t('menu.start')` or `t('ui:menu.start')` is checked against the
 * en-GB source bundle. Course and module namespaces are loaded at run time and
 * their keys come from src/course/text-keys.ts, so they go through useContentText.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui };
  }
}
