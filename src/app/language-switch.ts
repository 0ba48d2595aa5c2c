import type { i18n } from 'i18next';
import { courseNamespace, moduleNamespace, partnershipNamespace } from '../course/text-keys';
import { addContentBundle, type ContentBundle } from '../lib/i18n/content-bundle';
import { SOURCE_LANGUAGE } from '../lib/i18n/create-i18n';
import { loadUiLanguage } from '../lib/i18n/ui-parts';

type Loader = () => Promise<object>;

/** Where each language's course texts come from (the `virtual:course-content` loaders). */
export interface LanguageTextSources {
  courseId: string;
  courseLocales: Readonly<Record<string, Loader>>;
  partnershipLocales: Readonly<Record<string, Loader>>;
  moduleLocaleLoaders: Readonly<Record<string, Readonly<Record<string, Loader>>>>;
}

async function addIfTranslated(instance: i18n, namespace: string, language: string, load: Loader | undefined): Promise<void> {
  if (!load || instance.hasResourceBundle(language, namespace)) return;
  addContentBundle(instance, namespace, language, (await load()) as ContentBundle);
}

/**
 * Downloads everything the learner may see in `language`: the interface strings (the first
 * screen's and every part already loaded), the course's and the partnership's texts, and the
 * texts of each module already loaded (the open one among them). What has no translation
 * falls back to the source language, which is always loaded. Modules opened later load their
 * texts in the language shown then (content-loaders.ts).
 */
export async function loadLanguageTexts(instance: i18n, language: string, sources: LanguageTextSources): Promise<void> {
  const openedModules = Object.keys(sources.moduleLocaleLoaders).filter((id) => instance.hasResourceBundle(SOURCE_LANGUAGE, moduleNamespace(id)));
  await Promise.all([
    loadUiLanguage(instance, language),
    addIfTranslated(instance, courseNamespace(sources.courseId), language, sources.courseLocales[language]),
    addIfTranslated(instance, partnershipNamespace, language, sources.partnershipLocales[language]),
    ...openedModules.map((id) => addIfTranslated(instance, moduleNamespace(id), language, sources.moduleLocaleLoaders[id]?.[language])),
  ]);
}

/**
 * Shows the course in another language: its texts first, then the switch, so no screen is
 * ever drawn half in one language and half in keys. Nothing else changes: the machines,
 * the screen and what is on it stay as they are, since only the texts are looked up again.
 */
export async function switchLanguage(instance: i18n, language: string, sources: LanguageTextSources): Promise<void> {
  await loadLanguageTexts(instance, language, sources);
  await instance.changeLanguage(language);
}
