import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Looks up a key in one course or module namespace. */
export type ContentText = (key: string, values?: Record<string, string | number>) => string;

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
