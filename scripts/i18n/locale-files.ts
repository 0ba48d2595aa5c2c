import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parse as parseYaml, parseDocument, Scalar, YAMLMap } from 'yaml';
import type { Document } from 'yaml';
import { flattenTexts } from '../../src/course/content/module-screens';
import { isMapping } from '../../src/course/content/locale-entries';
import type { SourceFile } from './catalogue';
import { languageName } from './languages';
import { LocaleFileError } from './locale-errors';

/**
 * Reading and writing the translated files and their status files. Writing changes only the
 * texts that changed: a YAML file keeps its comments, quoting and layout (the `yaml` library's
 * document model, printed without line folding, reproduces an unchanged file byte for byte), and
 * a file whose texts did not change is not written at all.
 */

export interface Translation {
  /** Key → translated text, nested keys joined with ".". */
  texts: Map<string, string>;
  /** Keys (as in the source file) whose translation a person has reviewed. */
  reviewed: Set<string>;
}

const YAML_PRINT = { lineWidth: 0 } as const;

function readIfExists(root: string, relative: string): string | undefined {
  const absolute = path.join(root, relative);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
}


function parseTexts(relative: string, format: SourceFile['format'], text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  try {
    return flattenTexts(format === 'json' ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown));
  } catch (error) {
    throw new LocaleFileError(`${relative}: cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); fix it and run the command again.`);
  }
}

/** The `reviewed:` list of a status file (missing file: nothing reviewed). */
export function readStatus(root: string, relative: string): string[] {
  const text = readIfExists(root, relative);
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new LocaleFileError(`${relative}: cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); fix it and run the command again.`);
  }
  const list = isMapping(data) ? data.reviewed : undefined;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list) || !list.every((k): k is string => typeof k === 'string')) {
    throw new LocaleFileError(`${relative}: "reviewed" must be a list of text keys (docs/translation.md).`);
  }
  return list;
}

/** A file's translation in a language, as it is on disk now (none yet: empty). */
export function readTranslation(root: string, file: SourceFile, language: string): Translation {
  const texts = parseTexts(file.targetPath(language), file.format, readIfExists(root, file.targetPath(language)));
  const statusKeys = new Set(readStatus(root, file.statusPath(language)));
  const reviewed = new Set<string>();
  for (const key of texts.keys()) if (statusKeys.has(file.statusKey(key))) reviewed.add(key);
  return { texts, reviewed };
}

/** Orders a nested object's keys as in the source, keys the source lacks last (kept, never dropped). */
function nest(entries: Iterable<readonly [string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const segments = key.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const child = node[segment];
      if (isMapping(child)) node = child;
      else node = node[segment] = {};
    }
    node[segments.at(-1) ?? key] = value;
  }
  return root;
}

const PLURAL_KEY = /^(.*)_(zero|one|two|few|many|other)$/;
const PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A plural form sorts where the source's first form of the same key is, in the order zero, one, two, few, many, other. */
function pluralRank(key: string, rank: Map<string, number>): number | undefined {
  const match = PLURAL_KEY.exec(key);
  if (!match?.[1] || !match[2]) return undefined;
  const forms = PLURALS.map((c) => rank.get(`${match[1]}_${c}`)).filter((r): r is number => r !== undefined);
  return forms.length === 0 ? undefined : Math.min(...forms) + PLURALS.indexOf(match[2]) / 10;
}

/** Texts in the order they should be written: the source's order (plural forms beside their key), then keys the source lacks, as found. */
function ordered(order: readonly string[], texts: Map<string, string>, plural: typeof pluralRank): [string, string][] {
  const rank = new Map(order.map((k, i) => [k, i]));
  const entries = [...texts].map(([key, value], i) => ({ key, value, i, r: plural(key, rank) ?? rank.get(key) ?? Number.POSITIVE_INFINITY }));
  entries.sort((a, b) => a.r - b.r || a.i - b.i);
  return entries.map(({ key, value }) => [key, value]);
}

function writeFile(root: string, relative: string, text: string): void {
  const absolute = path.join(root, relative);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text);
}

/** Sorts each YAML mapping's entries by the source's key order; entries the source lacks keep their place at the end. */
function sortMaps(node: unknown, prefix: string, rank: Map<string, number>): void {
  if (!isMap(node)) return;
  const position = (item: (typeof node.items)[number]): number => {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const full = prefix ? `${prefix}.${key}` : key;
    let best = Number.POSITIVE_INFINITY;
    for (const [k, r] of rank) if ((k === full || k.startsWith(`${full}.`)) && r < best) best = r;
    return best;
  };
  const ranked = node.items.map((item, i) => ({ item, i, r: position(item) }));
  ranked.sort((a, b) => a.r - b.r || a.i - b.i);
  node.items = ranked.map((x) => x.item);
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    sortMaps(item.value, prefix ? `${prefix}.${key}` : key, rank);
  }
}

function scalarFor(value: string, blockStyle: boolean): Scalar {
  const scalar = new Scalar(value);
  scalar.type = blockStyle ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
  return scalar;
}

function setText(doc: Document, segments: string[], value: string, blockStyle: boolean): void {
  const existing = doc.getIn(segments, true);
  if (isScalar(existing)) {
    existing.value = value;
    // A text that gains a line break reads better as a block; a one-line text keeps its quoting.
    if (value.includes('\n') && existing.type !== Scalar.BLOCK_LITERAL && existing.type !== Scalar.BLOCK_FOLDED) existing.type = Scalar.BLOCK_LITERAL;
    return;
  }
  // Make the parent mappings block-style so the new key reads like the rest of the file.
  for (let depth = 1; depth < segments.length; depth += 1) {
    const parent = segments.slice(0, depth);
    if (!isMap(doc.getIn(parent, true))) doc.setIn(parent, new YAMLMap());
  }
  doc.setIn(segments, scalarFor(value, blockStyle));
}

/** The translated file's new content once `changes` (key → text) are applied, or undefined when nothing changes. */
export function plannedTargetFile(root: string, file: SourceFile, language: string, changes: Map<string, string>): string | undefined {
  if (changes.size === 0) return undefined;
  const before = readTranslation(root, file, language);
  const sourceOrder = file.texts.map((t) => t.key);
  const current = readIfExists(root, file.targetPath(language));
  if (file.format === 'json') {
    const texts = new Map(before.texts);
    for (const [key, value] of changes) texts.set(key, value);
    return `${JSON.stringify(nest(ordered(sourceOrder, texts, pluralRank)), null, 2)}\n`;
  }
  const doc =
    current === undefined
      ? parseDocument(
          `# ${languageName(language)} (${language}) text for ${file.sourcePath.replace(/\/locales\/[^/]+$/, '')}: the same keys as ${path.posix.basename(file.sourcePath)}.\n# Written by npm run i18n:import; translators may also edit it by hand (docs/translation.md).\n{}\n`,
        )
      : parseDocument(current);
  const blockKeys = new Set(file.texts.filter((t) => t.markdown || t.text.includes('\n')).map((t) => t.key));
  let added = false;
  for (const [key, value] of changes) {
    if (!before.texts.has(key)) added = true;
    setText(doc, key.split('.'), value, blockKeys.has(key) || value.includes('\n'));
  }
  if (added) {
    if (isMap(doc.contents)) doc.contents.flow = false;
    const keys = ordered(sourceOrder, new Map([...before.texts, ...changes]), pluralRank).map(([k]) => k);
    sortMaps(doc.contents, '', new Map(keys.map((k, i) => [k, i])));
  }
  return doc.toString(YAML_PRINT);
}

/** The text of a status file listing `keys` as reviewed. */
export function statusFileText(language: string, kind: SourceFile['kind'], keys: readonly string[]): string {
  const where = kind === 'interface' ? `the ${languageName(language)} interface files in this folder` : `${language}.yaml in this folder`;
  return [
    `# Texts of ${where} that a person has reviewed; every other translated text there is`,
    '# machine-drafted. Kept by npm run i18n:import from the XLIFF states (docs/translation.md).',
    keys.length === 0 ? 'reviewed: []' : 'reviewed:',
    ...keys.map((k) => `  - ${JSON.stringify(k)}`),
    '',
  ].join('\n');
}

/** Writes planned files (after every check passed). */
export function applyWrites(root: string, writes: Map<string, string>): void {
  for (const [relative, text] of writes) writeFile(root, relative, text);
}
