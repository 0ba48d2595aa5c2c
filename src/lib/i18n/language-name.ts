/**
 * Each language's own name for itself, for the languages the courses ship or are likely to
 * next. The same in every locale, so not in a locale file. Browsers ship only part of the
 * Unicode data (Chrome has no Welsh names), so these come first and Intl.DisplayNames only
 * for a language not listed here.
 */
const ENDONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  cy: 'Cymraeg',
  ur: 'اردو',
  pl: 'Polski',
  pa: 'ਪੰਜਾਬੀ',
  ar: 'العربية',
  bn: 'বাংলা',
  ro: 'Română',
  so: 'Soomaali',
  gd: 'Gàidhlig',
};

/**
 * A language's name in that language ("Cymraeg", "اردو", "English"), as a learner who reads
 * only that language looks for it in a list. The primary language only: a region ("British
 * English") tells a learner choosing a language nothing. Falls back to the tag itself.
 */
export function languageName(language: string): string {
  const primary = (language.split('-')[0] ?? language).toLowerCase();
  const known = ENDONYMS[primary];
  if (known) return known;
  try {
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
    // A browser without the language's data answers in another language: not the name the learner knows.
    if (!names.resolvedOptions().locale.toLowerCase().startsWith(primary)) return language;
    const name = names.of(primary);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
  } catch {
    return language;
  }
}
