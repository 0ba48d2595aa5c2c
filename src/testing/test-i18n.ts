import type { i18n } from 'i18next';
import { createI18n, SOURCE_LANGUAGE } from '../lib/i18n/create-i18n';
import { addContentBundle, type ContentBundle } from '../lib/i18n/content-bundle';

export interface TestI18nOptions {
  /** Content namespaces to add, e.g. { 'module/contact': { intro: { title: '…' } } }. */
  content?: Record<string, ContentBundle>;
  language?: string;
}

export interface TestI18n {
  i18n: i18n;
  /** Missing-key errors raised while the test ran (instead of console noise). */
  missingKeys: string[];
}

/** A fresh i18next instance with the real UI strings and the given content bundles. */
export function createTestI18n({ content = {}, language = SOURCE_LANGUAGE }: TestI18nOptions = {}): TestI18n {
  const missingKeys: string[] = [];
  const instance = createI18n({ language, onMissingKey: (message) => missingKeys.push(message) });
  for (const [namespace, bundle] of Object.entries(content)) addContentBundle(instance, namespace, language, bundle);
  return { i18n: instance, missingKeys };
}
