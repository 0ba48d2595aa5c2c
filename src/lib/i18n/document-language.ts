import type { i18n } from 'i18next';

/**
 * Keep `<html lang dir>` in step with the i18next language, so screen readers use
 * the right voice and right-to-left languages (Urdu) lay out correctly.
 * Returns a function that stops following language changes.
 */
export function syncDocumentLanguage(instance: i18n, root: HTMLElement = document.documentElement): () => void {
  const apply = (language: string): void => {
    root.lang = language;
    root.dir = instance.dir(language);
  };
  apply(instance.resolvedLanguage ?? instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}
