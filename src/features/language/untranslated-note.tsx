import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from '../../lib/i18n/create-i18n';

/** True when a text sits under one of the prefixes ("steps.chat" covers "steps.chat.title"). */
const under = (key: string, prefixes: readonly string[]): boolean => prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`));

/** Every text key in a nested bundle, dotted. */
function keysOf(bundle: unknown, prefix = ''): string[] {
  // A compiled Markdown text is an array: one text, not a section.
  if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) return prefix ? [prefix] : [];
  return Object.entries(bundle as Record<string, unknown>).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

export type Untranslated = 'all' | 'some' | null;

/**
 * How much of a screen's course text has no translation in `language`: 'all' when the
 * namespace has no texts in it at all, 'some' when a text under one of the screen's key
 * prefixes is missing, null when every one is there (or the language is the source).
 */
export function untranslatedTexts(instance: I18n, namespace: string, language: string, prefixes: readonly string[]): Untranslated {
  if (language === SOURCE_LANGUAGE) return null;
  const source = instance.getResourceBundle(SOURCE_LANGUAGE, namespace) as unknown;
  if (!instance.hasResourceBundle(language, namespace)) return source ? 'all' : null;
  const translated = new Set(keysOf(instance.getResourceBundle(language, namespace)));
  return keysOf(source).some((key) => under(key, prefixes) && !translated.has(key)) ? 'some' : null;
}

interface UntranslatedNoteProps {
  /** The module (or course) namespace the screen's texts come from. */
  namespace: string;
  /** The keys the screen shows, as prefixes (src/course/text-keys.ts). */
  keyPrefixes: readonly string[];
  /** The screen. */
  children?: ReactNode;
}

/**
 * A small note above a screen whose course text is not yet translated into the learner's
 * language and is shown in English instead (never a raw key). The English texts themselves
 * carry lang="en-GB" (src/lib/markdown/markdown.tsx), so a screen reader reads them in an
 * English voice.
 */
export function UntranslatedNote({ namespace, keyPrefixes, children }: UntranslatedNoteProps) {
  const { t, i18n } = useTranslation();
  const state = untranslatedTexts(i18n, namespace, i18n.language, keyPrefixes);
  if (!state) return <>{children}</>;
  return (
    <>
      <p className="untranslated-note">
        <svg className="untranslated-note__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M12 8v5M12 16v.5" />
        </svg>
        {t(state === 'all' ? 'module.untranslated.module' : 'module.untranslated.screen')}
      </p>
      {/* Each paragraph, heading and list item takes the direction of its own words: the English
          ones read left to right in a right-to-left page, the interface's own words stay as they are. */}
      {state === 'all' ? <div className="untranslated-screen">{children}</div> : children}
    </>
  );
}
