import { createElement, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from './create-i18n';

type Values = Record<string, string | number>;

/** Looks up a key in one course or module namespace. */
export interface ContentText {
  (key: string, values?: Values): string;
  /**
   * The same text, to show as an element's content: a text not yet translated comes in the
   * source language, and is then marked with its language and direction (WCAG 2.2 3.1.2,
   * language of parts), so a screen reader reads it in an English voice and a right-to-left
   * page lays it out left to right. Compiled Markdown marks itself (src/lib/markdown/markdown.tsx).
   */
  node(key: string, values?: Values): ReactNode;
  /** The attributes that mark the text's language, for an element that can only hold text (an option, a legend's own text): none when it is in the page's language. */
  mark(key: string): LanguageMark;
}

export interface LanguageMark {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** i18next's `t` without key typing, for namespaces that only exist at run time. */
type UntypedT = (key: string, options: Record<string, unknown>) => string;

/**
 * Text from a course or module namespace, keyed by src/course/text-keys.ts.
 * Those namespaces are only known at run time, so their keys cannot be typed like
 * UI keys; the content validator checks every key exists in every locale instead.
 */
export function useContentText(namespace: string): ContentText {
  // useTranslation re-renders this component when the language changes.
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    // The typed `t` only accepts UI keys (see i18next.d.ts); content keys are checked by the validator.
    const t = i18n.t.bind(i18n) as unknown as UntypedT;
    const text = (key: string, values?: Values): string => t(key, { ...values, ns: namespace, lng: language });
    const mark = (key: string): LanguageMark =>
      language !== SOURCE_LANGUAGE && i18n.getResource(language, namespace, key) === undefined ? { lang: SOURCE_LANGUAGE, dir: i18n.dir(SOURCE_LANGUAGE) } : {};
    const node = (key: string, values?: Values): ReactNode => {
      const marked = mark(key);
      return marked.lang ? createElement('span', marked, text(key, values)) : text(key, values);
    };
    return Object.assign(text, { node, mark });
  }, [i18n, language, namespace]);
}
