import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Values = Record<string, string | number>;

/** Looks up a key in one course or module namespace. */
export type ContentText = (key: string, values?: Values) => string;

/** The attributes that mark a text's language and direction: none when it is in the page's language. */
export interface LanguageMark {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** ContentText that also marks a text not yet translated (useMarkedContentText). */
export interface MarkedContentText extends ContentText {
  /** The text as an element's content: in a span marked with its language when it is a fallback. */
  node(key: string, values?: Values): ReactNode;
  /** The marking attributes, for an element that can only hold text (an option, an image's alt). */
  mark(key: string): LanguageMark;
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
    return (key, values) => t(key, { ...values, ns: namespace, lng: language });
  }, [i18n, language, namespace]);
}
