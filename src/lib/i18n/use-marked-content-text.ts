import { createElement, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from './create-i18n';
import { useContentText, type LanguageMark, type MarkedContentText } from './use-content-text';

/**
 * Course text for the module screens, where translations may be partial: a text not yet
 * translated comes in the source language, and `node` and `mark` mark it with its language and
 * direction (WCAG 2.2 3.1.2, language of parts), so a screen reader reads it in an English voice
 * and a right-to-left page lays it out left to right. Compiled Markdown marks itself
 * (src/lib/markdown/markdown.tsx). The course's own texts (the menu's) need none of this, as
 * validation requires them whole in every language the course offers; so this code downloads with
 * the module screens, not with the first screen, whose budget it would break.
 */
export function useMarkedContentText(namespace: string): MarkedContentText {
  const text = useContentText(namespace);
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const mark = (key: string): LanguageMark =>
      language !== SOURCE_LANGUAGE && i18n.getResource(language, namespace, key) === undefined ? { lang: SOURCE_LANGUAGE, dir: i18n.dir(SOURCE_LANGUAGE) } : {};
    const node = (key: string, values?: Record<string, string | number>): ReactNode => {
      const marked = mark(key);
      return marked.lang ? createElement('span', marked, text(key, values)) : text(key, values);
    };
    return Object.assign((key: string, values?: Record<string, string | number>) => text(key, values), { node, mark });
  }, [i18n, language, namespace, text]);
}
