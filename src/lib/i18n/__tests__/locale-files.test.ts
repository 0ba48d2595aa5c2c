import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_LANGUAGE } from '../create-i18n';
import { BUILD_ONLY_UI_FILES, UI_PARTS } from '../ui-parts';

/**
 * The UI strings of each language are split into files: ui.json (the first screen)
 * and one file per on-demand part. These checks catch what a translator could get
 * wrong without anything else noticing.
 */

const LOCALES = join(import.meta.dirname, '..', 'locales');
const FILES = ['ui.json', ...[...UI_PARTS, ...BUILD_ONLY_UI_FILES].map((part) => `${part}.json`)];
const languages = readdirSync(LOCALES);
/** i18next's plural suffixes, one per Intl.PluralRules category. */
const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

/** Every text's key, e.g. "menu.start", from one locale file. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

const readKeys = (language: string, file: string): string[] => keysOf(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')));

describe('UI locale files', () => {
  it('has every file in the source language', () => {
    expect(readdirSync(join(LOCALES, SOURCE_LANGUAGE)).sort()).toEqual([...FILES].sort());
  });

  it.each(languages)('%s has only the files the course loads (a misnamed file would never be read)', (language) => {
    for (const file of readdirSync(join(LOCALES, language))) expect(FILES).toContain(file);
  });

  it.each(languages)('%s defines each text in one file only (the first-screen copy would hide the other)', (language) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(join(LOCALES, language))) {
      for (const key of readKeys(language, file)) {
        const other = seen.get(key);
        if (other) twice.push(`${key} (${other} and ${file})`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it.each(languages.filter((language) => language !== SOURCE_LANGUAGE))('%s translates only texts the source language has, each in the same file', (language) => {
    const stray: string[] = [];
    for (const file of readdirSync(join(LOCALES, language))) {
      const source = new Set(readKeys(SOURCE_LANGUAGE, file));
      // A language has the plural forms its own rules need (Welsh: zero, one, two, few, many,
      // other), so any form of a text the source has in plural (key_other) is not stray.
      const isPluralOfSource = (key: string) => PLURAL_FORM.test(key) && source.has(key.replace(PLURAL_FORM, '_other'));
      for (const key of readKeys(language, file)) if (!source.has(key) && !isPluralOfSource(key)) stray.push(`${file}: ${key}`);
    }
    expect(stray).toEqual([]);
  });
});
