import type { i18n } from 'i18next';
import { createI18n, SOURCE_LANGUAGE, UI_NAMESPACE } from '../lib/i18n/create-i18n';
import { addContentBundle, type ContentBundle } from '../lib/i18n/content-bundle';
import { sourceUiParts } from '../lib/i18n/source-ui-parts';
import { UI_PARTS, type UiPart } from '../lib/i18n/ui-parts';

export interface TestI18nOptions {
  /** Content namespaces to add, e.g. { 'module/contact': { intro: { title: '…' } } }. */
  content?: Record<string, ContentBundle>;
  language?: string;
  /**
   * The on-demand parts of the UI strings to add up front, as if already downloaded:
   * all of them unless a test says otherwise. A test of code that loads its own part
   * (a lazily loaded screen) passes [], so the texts show only if that code loads them.
   */
  uiParts?: readonly UiPart[];
}

export interface TestI18n {
  i18n: i18n;
  /** Missing-key errors raised while the test ran (instead of console noise). */
  missingKeys: string[];
}

/** A fresh i18next instance with the real UI strings and the given content bundles. */
export function createTestI18n({ content = {}, language = SOURCE_LANGUAGE, uiParts = UI_PARTS }: TestI18nOptions = {}): TestI18n {
  const missingKeys: string[] = [];
  const instance = createI18n({ language, onMissingKey: (message) => missingKeys.push(message) });
  for (const part of uiParts) instance.addResourceBundle(SOURCE_LANGUAGE, UI_NAMESPACE, sourceUiParts[part], true, false);
  for (const [namespace, bundle] of Object.entries(content)) addContentBundle(instance, namespace, language, bundle);
  return { i18n: instance, missingKeys };
}
