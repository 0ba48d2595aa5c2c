import { LineCounter, Parser, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import type { StructurePath } from '../required-texts';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import type { ParsedDocument } from './parsed-document';
import { DuplicateKey, YamlSyntax } from './problem-catalogue';

/**
 * Parse YAML text into a ParsedDocument whose `lineOf` maps a structure path to the
 * line it is written on. Syntax errors and duplicate keys become problems, never
 * exceptions, so one broken file does not hide the problems in the others.
 */
export function parseYamlDocument(file: string, text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  // After the first syntax error the parser's later complaints are mostly echoes of it, so only
  // the first is reported; duplicate keys are independent mistakes and are all reported.
  const firstSyntaxError = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const reported = doc.errors.filter((error) => error.code === 'DUPLICATE_KEY' || error === firstSyntaxError);
  const problems: ContentProblem[] = reported.map((error) => {
    const line = lineAt(openingOffset(error, text) ?? error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^("[^"]*"|'[^']*'|[^:\n]+)/.exec(text.slice(error.pos[0]))?.[1]?.trim() ?? '';
      return createProblem(DuplicateKey, { key }, { file, line, path: '', field: key, found: key });
    }
    return createProblem(YamlSyntax, { reason: firstSentence(error.message) }, { file, line, path: '', field: '' });
  });

  let data: unknown = undefined;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Alias expansion beyond the limit (a "billion laughs" file) and similar.
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(createProblem(YamlSyntax, { reason }, { file, line: 1, path: '', field: '' }));
    }
  }
  return {
    file,
    ok: problems.length === 0,
    data,
    problems,
    lineOf: (path) => lineOfPath(doc, path, lineAt),
  };
}

/**
 * Where the mistake behind an error was typed, when the parser only notices it later: a `[` or
 * `{` never closed, or a quote never closed, is reported where the parser gave up (the next
 * line, or the end of the file), but the author has to fix the line that opened it.
 */
function openingOffset(error: YAMLError, text: string): number | undefined {
  const unclosedFlow = error.code === 'BAD_INDENT' && /^Flow (map|sequence)\b/.test(error.message);
  const unclosedQuote = error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message);
  if (!unclosedFlow && !unclosedQuote) return undefined;
  let opening: number | undefined;
  const visit = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(visit);
    if (typeof token !== 'object' || token === null) return;
    const { type, offset, source, end } = token as { type?: unknown; offset?: unknown; source?: unknown; end?: unknown };
    if (typeof offset === 'number' && offset < error.pos[0] && (opening === undefined || offset > opening)) {
      const closers = Array.isArray(end) ? end.map((t: { type?: unknown }) => t.type) : [];
      if (unclosedFlow && type === 'flow-collection' && !closers.includes('flow-map-end') && !closers.includes('flow-seq-end')) opening = offset;
      if (unclosedQuote && (type === 'double-quoted-scalar' || type === 'single-quoted-scalar') && typeof source === 'string' && !isClosedQuote(source)) opening = offset;
    }
    Object.values(token).forEach(visit);
  };
  visit([...new Parser().parse(text)]);
  return opening;
}

/** Whether a quoted scalar's source ends with its closing quote (an escaped `\"` or a doubled `''` does not close it). */
function isClosedQuote(source: string): boolean {
  const quote = source[0];
  if (source.length < 2 || source.at(-1) !== quote) return false;
  if (quote === "'") return /^'(?:[^']|'')*'$/.test(source);
  return /^"(?:[^"\\]|\\[\s\S])*"$/.test(source);
}

/** The yaml library's message without its position and code frame, which the problem states already. */
function firstSentence(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}

function lineOfPath(doc: Document, path: StructurePath, lineAt: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = isNodeWithRange(node) ? lineAt(node.range[0]) : 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      // A path ending at a key points at the key's line (where an author looks for "type:"), not at its value.
      if (isNodeWithRange(pair.key)) line = lineAt(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNodeWithRange(item)) break;
      line = lineAt(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function isNodeWithRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray((node as { range: unknown }).range);
}
