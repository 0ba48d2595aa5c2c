import type { StructurePath } from '../required-texts';
import type { ParsedDocument } from './parsed-document';

export interface LocaleEntry {
  /** The i18next key, segments joined by "." (nested YAML keys and dotted keys read the same). */
  key: string;
  value: unknown;
  line: number;
}

/**
 * Every leaf of a locale file with its line. A leaf is anything that is not a
 * mapping: a text, or a wrong value (number, list, null) that validation reports.
 */
export function localeEntries(doc: ParsedDocument): LocaleEntry[] {
  const entries: LocaleEntry[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (isMapping(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    entries.push({ key: path.join('.'), value, line: doc.lineOf(path as StructurePath) });
  };
  if (isMapping(doc.data)) walk(doc.data, []);
  return entries;
}

export const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
