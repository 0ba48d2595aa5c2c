import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkdownDocument } from './markdown-ast';
import { readMarkdown } from './read-markdown';

/** Looks up a Markdown text (compiled at build time) in one module namespace. */
export type ContentMarkdown = (key: string) => MarkdownDocument;

/**
 * The Markdown counterpart of useContentText: texts that required-texts.ts marks as
 * Markdown arrive compiled, and this reads them, in the same language as the plain
 * texts beside them. See read-markdown.ts for what happens when one is missing.
 */
export function useContentMarkdown(namespace: string): ContentMarkdown {
  // useTranslation re-renders this component when the language changes.
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => (key) => readMarkdown(i18n, namespace, language, key), [i18n, language, namespace]);
}
