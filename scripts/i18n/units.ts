import type { SourceFile, SourceText } from './catalogue';

/**
 * The translation units of one language: one per text to write, with i18next plural keys
 * expanded to the plural forms of that language (Welsh has six: zero, one, two, few, many,
 * other; English two), since a translator writes each form the language needs, whatever forms
 * English has.
 */

const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_ORDER)[number];
const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

/** The plural forms i18next asks for in a language (it uses the same Intl.PluralRules). */
export function pluralCategories(language: string): PluralCategory[] {
  const used = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  return PLURAL_ORDER.filter((category) => used.has(category));
}

/** Some counts that take a plural form in a language, for the translator's note. */
export function pluralExamples(language: string, category: PluralCategory): number[] {
  const rules = new Intl.PluralRules(language);
  const examples: number[] = [];
  for (let n = 0; n <= 1000 && examples.length < 4; n += 1) if (rules.select(n) === category) examples.push(n);
  return examples;
}

export interface PluralInfo {
  /** The key without its plural suffix. */
  base: string;
  category: PluralCategory;
  /** Every form the language needs, in order. */
  categories: PluralCategory[];
  /** The English forms, by category. */
  english: Partial<Record<PluralCategory, string>>;
}

export interface Unit {
  fileId: string;
  /** The key in the translated file (for a plural, with the language's suffix). */
  key: string;
  /** The English to translate (for a plural form English lacks, its "other" form). */
  source: string;
  markdown: boolean;
  where: string;
  limit?: string;
  hint?: string;
  plural?: PluralInfo;
}

const placeholderPattern = /\{\{\s*[^{}]*?\s*\}\}|<\/?[A-Za-z][\w-]*\s*\/?>/g;

/** The interpolations (`{{name}}`) and tags (`<hidden>`) in a text, in order, repeats kept. */
export const placeholdersOf = (text: string): string[] => text.match(placeholderPattern) ?? [];

/** The units of one source file in a language, in the source file's order. */
export function unitsOf(file: SourceFile, language: string): Unit[] {
  const byKey = new Map(file.texts.map((t) => [t.key, t]));
  const pluralBase = (key: string): { base: string; category: PluralCategory } | undefined => {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match?.[1] || !match[2]) return undefined;
    // A key that merely ends like a plural is one only if English has the "other" form too.
    return byKey.has(`${match[1]}_other`) ? { base: match[1], category: match[2] as PluralCategory } : undefined;
  };
  const categories = pluralCategories(language);
  const units: Unit[] = [];
  const done = new Set<string>();
  for (const text of file.texts) {
    const plural = pluralBase(text.key);
    if (!plural) {
      units.push(unitOf(file, text, text.key, text.text));
      continue;
    }
    if (done.has(plural.base)) continue;
    done.add(plural.base);
    const english: PluralInfo['english'] = {};
    for (const category of PLURAL_ORDER) {
      const form = byKey.get(`${plural.base}_${category}`);
      if (form) english[category] = form.text;
    }
    for (const category of categories) {
      const source = english[category] ?? english.other ?? text.text;
      units.push({ ...unitOf(file, text, `${plural.base}_${category}`, source), plural: { base: plural.base, category, categories, english } });
    }
  }
  return units;
}

function unitOf(file: SourceFile, text: SourceText, key: string, source: string): Unit {
  // A plural form is named by its own key, not the English form it was made from.
  const where = text.where.replace(text.key, key);
  return { fileId: file.id, key, source, markdown: text.markdown, where, ...(text.limit ? { limit: text.limit } : {}), ...(text.hint ? { hint: text.hint } : {}) };
}
