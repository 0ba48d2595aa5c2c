/**
 * A language's name in that language ("Cymraeg", "اردو", "English"), as a learner who reads
 * only that language looks for it in a list. From the browser's own data (Intl.DisplayNames),
 * so no locale file needs it; the primary language only, since a region ("British English")
 * tells a learner choosing a language nothing. Falls back to the code if the browser lacks it.
 */
export function languageName(language: string): string {
  const primary = language.split('-')[0] ?? language;
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(primary);
    if (!name || name === primary) return language;
    // Capitalised for a list of names (some languages write their own name in lower case).
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}
