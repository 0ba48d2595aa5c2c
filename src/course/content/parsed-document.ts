import type { StructurePath } from '../required-texts';
import type { ContentProblem } from './content-problem';

/**
 * One content file after parsing: what validation works on. Validation never reads
 * files itself, so it runs on whatever produced these (the node loader, the Vite
 * plugin, or a test building documents by hand).
 */
export interface ParsedDocument {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** False when the file could not be parsed; `data` is then meaningless and the file is skipped. */
  ok: boolean;
  data: unknown;
  /** Problems found while parsing (syntax errors, duplicate keys). */
  problems: ContentProblem[];
  /** The 1-based line of the thing at `path`, or of its nearest existing parent. */
  lineOf(path: StructurePath): number;
}

/** A document built from data that has no lines (tests, generated content): every path is line 1. */
export function documentFromData(file: string, data: unknown): ParsedDocument {
  return { file, ok: true, data, problems: [], lineOf: () => 1 };
}
