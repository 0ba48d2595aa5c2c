import type { SourceFile } from './catalogue';
import { languageName } from './languages';
import { readTranslation } from './locale-files';
import { unitsOf } from './units';

/**
 * How far each language's translation has got: per area (the interface, each course, module
 * and partnership), how many texts are translated and how many of those a person has reviewed.
 * A plural counts once per form the language needs.
 */

export interface AreaStatus {
  area: string;
  texts: number;
  translated: number;
  reviewed: number;
}

export function translationStatus(root: string, files: readonly SourceFile[], language: string): AreaStatus[] {
  const areas = new Map<string, AreaStatus>();
  for (const file of files) {
    const translation = readTranslation(root, file, language);
    const row = areas.get(file.area) ?? { area: file.area, texts: 0, translated: 0, reviewed: 0 };
    areas.set(file.area, row);
    for (const unit of unitsOf(file, language)) {
      row.texts += 1;
      if ((translation.texts.get(unit.key) ?? '').trim() === '') continue;
      row.translated += 1;
      if (translation.reviewed.has(unit.key)) row.reviewed += 1;
    }
  }
  return [...areas.values()];
}

/** Interface texts a language lacks (or has empty), as `part:key`; the player would show these in English. */
export function missingInterfaceTexts(root: string, files: readonly SourceFile[], language: string): string[] {
  return files
    .filter((file) => file.kind === 'interface')
    .flatMap((file) => {
      const translation = readTranslation(root, file, language);
      return unitsOf(file, language)
        .filter((unit) => (translation.texts.get(unit.key) ?? '').trim() === '')
        .map((unit) => file.statusKey(unit.key));
    });
}

// Rounded down, so a language one text short never reads as 100 %.
const percent = (part: number, whole: number): string => `${whole === 0 ? 100 : Math.floor((100 * part) / whole)} %`;

export function formatStatus(language: string, rows: readonly AreaStatus[]): string[] {
  const total = rows.reduce((sum, r) => ({ area: 'all', texts: sum.texts + r.texts, translated: sum.translated + r.translated, reviewed: sum.reviewed + r.reviewed }), {
    area: 'all',
    texts: 0,
    translated: 0,
    reviewed: 0,
  });
  const width = Math.max(...[...rows, total].map((r) => r.area.length), 4);
  const line = (r: AreaStatus): string =>
    `  ${r.area.padEnd(width)}  ${String(r.texts).padStart(5)}  ${`${r.translated} (${percent(r.translated, r.texts)})`.padStart(14)}  ${`${r.reviewed} (${percent(r.reviewed, r.texts)})`.padStart(14)}`;
  return [
    `${languageName(language)} (${language})`,
    `  ${'area'.padEnd(width)}  ${'texts'.padStart(5)}  ${'translated'.padStart(14)}  ${'reviewed'.padStart(14)}`,
    ...rows.map(line),
    line(total),
  ];
}
