import { SOURCE_LANGUAGE } from './catalogue';
import type { SourceFile } from './catalogue';
import type { ImportProblem } from './import-problem';
import { canonicalLanguage, languageName } from './languages';
import { plannedTargetFile, readStatus, readTranslation, statusFileText } from './locale-files';
import { markdownProblems } from './markdown-check';
import { placeholdersOf, pluralCategories, unitsOf } from './units';
import type { Unit } from './units';
import { displayText, fingerprint } from './xliff-export';
import { readXliff } from './xliff-read';
import type { XliffUnit } from './xliff-read';

/**
 * `npm run i18n:import <file>`: checks a translated XLIFF file against the English it was made
 * from and, only when nothing is wrong, works out every file to write. Nothing is written here:
 * the caller writes `writes` (path → content), so a file with any problem changes nothing.
 */

export interface ImportOptions {
  /** Languages with an interface folder (src/lib/i18n/locales/<lang>/). */
  shipped: readonly string[];
  /** Allow a language that is not shipped yet (its first import). */
  newLanguage?: boolean;
  /** Replace texts that changed in the locale files after the export, instead of refusing. */
  replaceChanged?: boolean;
}

export interface ImportResult {
  language?: string;
  problems: ImportProblem[];
  /** Path (relative to the project root) → new content; empty when there are problems. */
  writes: Map<string, string>;
  /** Texts whose words change, and texts newly translated, across all files. */
  changed: number;
  /** Translated texts the XLIFF marks reviewed. */
  reviewed: number;
}

const REVIEWED_STATES = new Set(['reviewed', 'final']);

const normalisePlaceholder = (p: string): string => p.replace(/\s+/g, '');

function countOf(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Placeholders the translation lacks and placeholders it adds, compared with the English. */
export function placeholderProblems(unit: Unit, translation: string): string[] {
  const found = countOf(placeholdersOf(translation).map(normalisePlaceholder));
  let required: Map<string, number>;
  let allowed: Set<string>;
  if (unit.plural) {
    // A plural form may leave out the count ("one source") or name it where English does not.
    const forms = Object.values(unit.plural.english);
    allowed = new Set(forms.flatMap((f) => placeholdersOf(f).map(normalisePlaceholder)));
    allowed.add('{{count}}');
    required = countOf(placeholdersOf(unit.source).map(normalisePlaceholder).filter((p) => p !== '{{count}}'));
  } else {
    required = countOf(placeholdersOf(unit.source).map(normalisePlaceholder));
    allowed = new Set(required.keys());
  }
  const problems: string[] = [];
  const missing = [...required].filter(([p, n]) => (found.get(p) ?? 0) < n).map(([p]) => p);
  const extra = [...found].filter(([p]) => !allowed.has(p)).map(([p]) => p);
  const repeated = [...found].filter(([p, n]) => allowed.has(p) && !unit.plural && n > (required.get(p) ?? 0)).map(([p]) => p);
  if (missing.length > 0) problems.push(`missing placeholder${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: copy ${missing.length > 1 ? 'them' : 'it'} from the English exactly as written`);
  if (extra.length > 0) {
    problems.push(
      `unknown placeholder${extra.length > 1 ? 's' : ''} ${extra.join(', ')}: the English has ${[...allowed].join(', ') || 'none'}; a placeholder's name is never translated`,
    );
  }
  if (repeated.length > 0) problems.push(`${repeated.join(', ')} appear${repeated.length > 1 ? '' : 's'} more often than in the English`);
  return problems;
}

interface Accepted {
  unit: Unit;
  xliff: XliffUnit;
  text: string;
  reviewed: boolean;
}

export function importXliff(root: string, xml: string, files: readonly SourceFile[], options: ImportOptions): ImportResult {
  const empty = (problems: ImportProblem[], language?: string): ImportResult => ({ problems, writes: new Map(), changed: 0, reviewed: 0, ...(language ? { language } : {}) });
  const { document, problems } = readXliff(xml);
  if (!document) return empty(problems);

  // The language comes first: every other check depends on it (plural forms, which files to write).
  if (document.srcLang !== SOURCE_LANGUAGE) {
    problems.push({ kind: 'wrong-language', line: document.line, message: `the source language is "${document.srcLang ?? '(none)'}", not ${SOURCE_LANGUAGE}: export a fresh file with npm run i18n:export` });
  }
  const trgLang = document.trgLang;
  const language = trgLang === undefined ? undefined : canonicalLanguage(trgLang);
  if (trgLang === undefined) {
    problems.push({ kind: 'wrong-language', line: document.line, message: 'the file names no target language (trgLang on <xliff>)' });
  } else if (language === undefined) {
    problems.push({ kind: 'wrong-language', line: document.line, message: `the target language "${trgLang}" is not a language tag (such as cy or ur)` });
  } else if (language === SOURCE_LANGUAGE) {
    problems.push({ kind: 'wrong-language', line: document.line, message: `the target language is the source language ${SOURCE_LANGUAGE}: the English is edited in the locale files, not imported` });
  } else if (!options.shipped.includes(trgLang) && !options.newLanguage) {
    problems.push({
      kind: 'wrong-language',
      line: document.line,
      message: `the target language "${trgLang}" is not one the course ships (${options.shipped.join(', ') || 'none'}); if this is a new language, import it with --new-language`,
    });
  }
  if (!language || trgLang === undefined) return empty(problems);

  const byId = new Map(files.map((f) => [f.id, f]));
  const seenFiles = new Set<string>();
  const accepted = new Map<string, Accepted[]>();
  for (const xfile of document.files) {
    const file = byId.get(xfile.id);
    if (!file) {
      problems.push({ kind: 'unknown-id', line: xfile.line, message: `unknown file id "${xfile.id}": the course has no such text file (was the id changed, or the file exported from another version?)` });
      continue;
    }
    if (seenFiles.has(xfile.id)) {
      problems.push({ kind: 'duplicate-id', line: xfile.line, message: `file id "${xfile.id}" appears twice` });
      continue;
    }
    seenFiles.add(xfile.id);
    const units = new Map(unitsOf(file, trgLang).map((u) => [u.key, u]));
    const onDisk = readTranslation(root, file, trgLang).texts;
    const seenUnits = new Set<string>();
    const ok: Accepted[] = [];
    for (const xunit of xfile.units) {
      const unit = units.get(xunit.id);
      if (!unit) {
        const plural = /_(zero|one|two|few|many|other)$/.exec(xunit.id);
        const hint = plural ? ` (${languageName(trgLang)} plural forms are ${pluralCategories(trgLang).join(', ')})` : '';
        problems.push({ kind: 'unknown-id', line: xunit.line, message: `unknown id "${xunit.id}" in file "${xfile.id}": the English has no such text${hint}` });
        continue;
      }
      if (seenUnits.has(xunit.id)) {
        problems.push({ kind: 'duplicate-id', line: xunit.line, message: `id "${xunit.id}" appears twice in file "${xfile.id}"` });
        continue;
      }
      seenUnits.add(xunit.id);
      if (xunit.segments > 1) {
        problems.push({ kind: 'markup', line: xunit.line, message: `"${xunit.id}" is split into ${xunit.segments} segments: the course needs each text whole, so join them in your tool` });
        continue;
      }
      const target = xunit.target;
      if (!target) continue;
      const where = `"${xunit.id}" (${xfile.id})`;
      if (target.lang !== undefined && target.lang !== trgLang) {
        problems.push({ kind: 'wrong-language', line: target.line, message: `${where}: the target is marked xml:lang="${target.lang}", but the file is for ${trgLang}` });
      }
      if (target.markup.length > 0) {
        problems.push({ kind: 'markup', line: target.line, message: `${where}: the target holds XLIFF markup (<${target.markup.join('>, <')}>); course texts are plain words, so remove it` });
        continue;
      }
      if (target.text.trim() === '') {
        // A tool may write an empty target for a text nobody has started; only one marked done is wrong.
        if (xunit.state === undefined || xunit.state === 'initial') continue;
        problems.push({ kind: 'empty-target', line: target.line, message: `${where}: the target is empty but marked ${xunit.state}; translate it, or remove the target to leave the text in English` });
        continue;
      }
      for (const message of placeholderProblems(unit, target.text)) problems.push({ kind: 'placeholder', line: target.line, message: `${where}: ${message}` });
      if (unit.markdown) for (const message of markdownProblems(unit.source, target.text)) problems.push({ kind: 'markdown', line: target.line, message: `${where}: ${message}` });
      const current = onDisk.get(unit.key);
      const differs = current === undefined || displayText(current) !== target.text;
      if (differs && !options.replaceChanged && xunit.exported !== undefined && xunit.exported !== fingerprint(current)) {
        problems.push({
          kind: 'changed-since-export',
          line: target.line,
          message: `${where}: ${file.targetPath(trgLang)} changed after this file was exported (${current === undefined ? 'the text was removed' : `it now reads “${displayText(current)}”`}), so importing would lose that edit; export afresh and let the translation tool carry the work over, or import with --replace-changed to keep the translator's text`,
        });
        continue;
      }
      ok.push({ unit, xliff: xunit, text: target.text, reviewed: xunit.state !== undefined && REVIEWED_STATES.has(xunit.state) });
    }
    // Every plural form or none: i18next would otherwise show a missing key for some counts.
    const plurals = new Map<string, Accepted[]>();
    for (const a of ok) if (a.unit.plural) plurals.set(a.unit.plural.base, [...(plurals.get(a.unit.plural.base) ?? []), a]);
    for (const [base, forms] of plurals) {
      const categories = forms[0]?.unit.plural?.categories ?? [];
      const missing = categories.filter((c) => !forms.some((f) => f.unit.plural?.category === c));
      if (missing.length > 0) {
        problems.push({
          kind: 'plural',
          line: forms[0]?.xliff.line ?? xfile.line,
          message: `"${base}" (${xfile.id}): ${languageName(trgLang)} needs every plural form (${categories.join(', ')}); missing ${missing.map((c) => `${base}_${c}`).join(', ')}`,
        });
      }
    }
    accepted.set(file.id, ok);
  }
  if (problems.length > 0) return empty(problems, trgLang);

  const writes = new Map<string, string>();
  let changed = 0;
  let reviewedCount = 0;
  const statusChanges = new Map<string, { kind: SourceFile['kind']; add: Set<string>; remove: Set<string>; order: string[] }>();
  for (const file of files) {
    const ok = accepted.get(file.id);
    if (!ok) continue;
    const before = readTranslation(root, file, trgLang);
    const changes = new Map<string, string>();
    const status = statusChanges.get(file.statusPath(trgLang)) ?? { kind: file.kind, add: new Set<string>(), remove: new Set<string>(), order: [] };
    statusChanges.set(file.statusPath(trgLang), status);
    for (const a of ok) {
      const existing = before.texts.get(a.unit.key);
      if (existing === undefined || displayText(existing) !== a.text) {
        // The file keeps the English's closing line break (a Markdown block), so a re-import changes nothing.
        const ending = /\n+$/.exec(existing ?? a.unit.source)?.[0] ?? '';
        changes.set(a.unit.key, a.text + ending);
      }
      const key = file.statusKey(a.unit.key);
      (a.reviewed ? status.add : status.remove).add(key);
      if (a.reviewed) reviewedCount += 1;
    }
    status.order.push(...unitsOf(file, trgLang).map((u) => file.statusKey(u.key)));
    changed += changes.size;
    const content = plannedTargetFile(root, file, trgLang, changes);
    if (content !== undefined) writes.set(file.targetPath(trgLang), content);
  }
  for (const [statusPath, { kind, add, remove, order }] of statusChanges) {
    const before = readStatus(root, statusPath);
    const after = new Set(before.filter((k) => !remove.has(k)));
    for (const k of add) after.add(k);
    if (after.size === before.length && before.every((k) => after.has(k))) continue;
    const rank = new Map(order.map((k, i) => [k, i]));
    const sorted = [...after].sort((a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b));
    writes.set(statusPath, statusFileText(trgLang, kind, sorted));
  }
  return { language: trgLang, problems: [], writes, changed, reviewed: reviewedCount };
}
