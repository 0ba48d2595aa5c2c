import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ui from './locales/en-GB/ui.json';
import { missingKeyMessage, reportMissingKeyToConsole, type MissingKeyReporter } from './missing-key';

/** The language the course is written in; every other language falls back to it. */
export const SOURCE_LANGUAGE = 'en-GB';

export const UI_NAMESPACE = 'ui';

export interface CreateI18nOptions {
  /** Language to show; defaults to the source language. */
  language?: string;
  /** Where missing-key errors go; the console unless a test wants to collect them. */
  onMissingKey?: MissingKeyReporter;
}

/**
 * A fresh, initialised i18next instance with the first screen's UI strings (ui.json).
 * No language detector (detectors read cookies) and no backend: the other parts of
 * the UI strings are added by loadUiPart (ui-parts.ts) with the screens that need
 * them, and course and module texts with addContentBundle once the app has loaded them.
 */
export function createI18n({ language = SOURCE_LANGUAGE, onMissingKey = reportMissingKeyToConsole }: CreateI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    load: 'currentOnly',
    ns: [UI_NAMESPACE],
    defaultNS: UI_NAMESPACE,
    resources: { [SOURCE_LANGUAGE]: { [UI_NAMESPACE]: ui } },
    // Resources are in memory, so initialise synchronously: the first render already has text.
    initAsync: false,
    // An empty string in a locale file is a missing text, never a blank on screen.
    returnEmptyString: false,
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => onMissingKey(missingKeyMessage(languages, namespace, key)),
    // React escapes text itself; escaping here too would show "&amp;" to learners.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
