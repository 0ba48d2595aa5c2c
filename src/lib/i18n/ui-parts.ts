import type { i18n } from 'i18next';
import { SOURCE_LANGUAGE, UI_NAMESPACE } from './create-i18n';

/**
 * The UI strings come in parts, one file per part in each language's folder
 * (locales/<language>/<part>.json). `ui.json` is built into the first screen; the
 * other parts hold texts that only screens loaded on demand show, so the first
 * screen does not download them. Each part is added to the same 'ui' namespace,
 * so a key reads the same whichever file it is in.
 */
export const UI_PARTS = ['player', 'statement', 'panels'] as const;

/**
 * UI texts only the build uses, never loaded at run time: the start shell in index.html
 * (scorm/start-shell.ts) shows them before any script runs. Kept with the other UI files so
 * they are translated, exported and checked like the rest.
 */
export const BUILD_ONLY_UI_FILES = ['shell'] as const;

export type UiPart = (typeof UI_PARTS)[number];

/** A locale file as parsed: nested objects of strings. */
export type UiBundle = Record<string, unknown>;

// Every file but ui.json, one chunk per language and part: a learner downloads only their
// language (and the source's), and only when a screen that needs the part opens.
const partFiles = import.meta.glob<UiBundle>(['./locales/*/*.json', '!./locales/*/ui.json', '!./locales/*/shell.json'], { import: 'default' });

// ui.json of every language but the source (which create-i18n.ts builds into the first screen):
// one chunk each, downloaded only by a learner who starts in or switches to that language.
const firstScreenFiles = import.meta.glob<UiBundle>(['./locales/*/ui.json', '!./locales/en-GB/ui.json'], { import: 'default' });

const partFile = (language: string, part: UiPart): string => `./locales/${language}/${part}.json`;

// Per i18next instance, so a test's fresh instance never sees another's texts as loaded. Known
// by its store, which holds the texts: useTranslation gives each component a wrapper around it.
const loaded = new WeakMap<i18n['store'], Map<string, Promise<void>>>();
// The parts each instance has asked for, so a change of language brings their texts along.
const wanted = new WeakMap<i18n['store'], Set<UiPart>>();

/** Languages with a translation of the first screen's strings (ui.json), the source first. */
export const uiLanguages = (): string[] => [
  SOURCE_LANGUAGE,
  ...Object.keys(firstScreenFiles).map((file) => file.split('/')[2] ?? '').filter(Boolean),
];

/**
 * Adds every UI string the instance needs in `language`: the first screen's, and each part
 * already loaded in the current language, so a screen that is open when the learner switches
 * has its texts at once. Call before `changeLanguage`, so nothing shows in a half-loaded language.
 * A language with no translation of a file falls back to the source, as in loadUiPart.
 */
export function loadUiLanguage(instance: i18n, language: string): Promise<void> {
  if (language === SOURCE_LANGUAGE) return Promise.resolve();
  const parts = [...(wanted.get(instance.store) ?? [])];
  return Promise.all([
    loadOnce(instance, `./locales/${language}/ui.json`, firstScreenFiles[`./locales/${language}/ui.json`], language),
    ...parts.map((part) => loadFile(instance, language, part)),
  ]).then(() => undefined);
}

/**
 * Adds a part's texts in the instance's language and the source language (which every
 * other language falls back to). A language without that part's file simply falls
 * back; a key missing from both is reported by the missing-key handler as before.
 * Loads each file once; after a failure (a lost connection) the next call tries again.
 */
export function loadUiPart(instance: i18n, part: UiPart): Promise<void> {
  let parts = wanted.get(instance.store);
  if (!parts) {
    parts = new Set();
    wanted.set(instance.store, parts);
  }
  parts.add(part);
  const languages = [...new Set([instance.language, SOURCE_LANGUAGE])];
  return Promise.all(languages.map((language) => loadFile(instance, language, part))).then(() => undefined);
}

function loadFile(instance: i18n, language: string, part: UiPart): Promise<void> {
  const key = partFile(language, part);
  const load = partFiles[key];
  if (!load) {
    if (language === SOURCE_LANGUAGE) return Promise.reject(new Error(`UI strings: ${key} is missing; every part needs a source-language file.`));
    return Promise.resolve();
  }
  return loadOnce(instance, key, load, language);
}

function loadOnce(instance: i18n, key: string, load: (() => Promise<UiBundle>) | undefined, language: string): Promise<void> {
  if (!load) return Promise.resolve();
  let files = loaded.get(instance.store);
  if (!files) {
    files = new Map();
    loaded.set(instance.store, files);
  }
  const cached = files.get(key);
  if (cached) return cached;
  const pending = load().then(
    (bundle) => {
      // Deep, without overwriting: a part adds keys to a section ui.json also has (accessibilityStatement).
      instance.addResourceBundle(language, UI_NAMESPACE, bundle, true, false);
    },
    (error: unknown) => {
      files.delete(key);
      throw error;
    },
  );
  files.set(key, pending);
  return pending;
}
