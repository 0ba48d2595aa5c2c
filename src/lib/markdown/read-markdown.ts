import type { i18n } from 'i18next';
import { isMarkdownDocument, plainDocument, type MarkdownDocument } from './markdown-ast';

/** The part of i18next's language utilities used here (i18next types `services.languageUtils` as `any`). */
interface LanguageUtils {
  toResolveHierarchy(code: string): string[];
}

// The language each text read here is in, so <Markdown> can mark one shown in a fallback
// language (an untranslated text, in English) with its own lang and dir.
const languageOfText = new WeakMap<MarkdownDocument, string>();

/** The language a document read by readMarkdown is written in, if known. */
export const markdownLanguage = (document: MarkdownDocument): string | undefined => languageOfText.get(document);

/** i18next's `t` without key typing: content namespaces only exist at run time (as in use-content-text.ts). */
type UntypedT = (key: string, options: Record<string, unknown>) => unknown;

/**
 * A compiled Markdown text (see compile-module-texts.ts) from a module namespace. It is
 * read from the store, not through `t`: `t` with `returnObjects` would translate every
 * string in the tree one by one, interpolation included. The languages tried, and what
 * counts as no text, are i18next's own, so a Markdown text falls back exactly as a
 * plain one does.
 *
 * Never throws and never returns anything but a document:
 * - a missing text goes through `t`, which reports it like any missing text
 *   (src/lib/i18n/missing-key.ts) and gives back the key, shown as a paragraph;
 * - a string (a locale file the build did not compile) is shown as plain paragraphs,
 *   with a console error naming the namespace and key, so no words are lost.
 */
export function readMarkdown(instance: i18n, namespace: string, language: string, key: string): MarkdownDocument {
  const languageUtils = instance.services.languageUtils as LanguageUtils;
  for (const code of languageUtils.toResolveHierarchy(language)) {
    const value: unknown = instance.getResource(code, namespace, key);
    // i18next's test for "no text here, try the next language" (returnNull and returnEmptyString are off).
    if (value === undefined || value === null || value === '') continue;
    if (isMarkdownDocument(value)) {
      languageOfText.set(value, code);
      return value;
    }
    if (typeof value === 'string') {
      console.error(uncompiledMessage(namespace, key, code));
      return plainDocument(value);
    }
    break;
  }
  const shown = (instance.t.bind(instance) as unknown as UntypedT)(key, { ns: namespace, lng: language });
  return plainDocument(typeof shown === 'string' ? shown : key);
}

export const uncompiledMessage = (namespace: string, key: string, language: string): string =>
  `Markdown text not compiled: key "${key}" in namespace "${namespace}" (language ${language}) is a string, so it is shown as plain paragraphs. ` +
  'Module locale files must be imported through the course-content Vite plugin (scorm/vite-content-plugin.ts), which compiles their Markdown at build time.';
