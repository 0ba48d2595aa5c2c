import type { i18n } from 'i18next';

/** A course or module locale file, as loaded: nested objects of strings. */
export type ContentBundle = Record<string, unknown>;

/**
 * Add a course or module namespace (`course/<id>`, `module/<id>`) loaded by the app.
 * Replaces what was there, so reloading a module after a content update is safe.
 */
export function addContentBundle(instance: i18n, namespace: string, language: string, bundle: ContentBundle): void {
  instance.addResourceBundle(language, namespace, bundle, true, true);
}
