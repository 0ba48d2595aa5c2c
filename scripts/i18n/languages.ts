const names = new Intl.DisplayNames('en-GB', { type: 'language' });

/** A language's English name for messages and notes: "Welsh" for cy. */
export const languageName = (language: string): string => {
  try {
    return names.of(language) ?? language;
  } catch {
    return language;
  }
};

/** The canonical form of a language tag ("CY" → "cy"), or undefined when it is not a tag. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
