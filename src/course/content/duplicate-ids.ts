import type { StructurePath } from '../required-texts';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import type { ParsedDocument } from './parsed-document';
import { DuplicateId } from './problem-catalogue';

export interface IdEntry {
  id: string;
  /** Where the id is written, e.g. ['steps', 2, 'id'] or ['objectives', 1]. */
  path: StructurePath;
}

/** One DuplicateId problem for every repeat of an id within one scope. */
export function duplicateIdProblems(doc: ParsedDocument, entries: readonly IdEntry[], kind: string, scope: string): ContentProblem[] {
  const first = new Map<string, IdEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, entry);
      continue;
    }
    problems.push(
      createProblem(
        DuplicateId,
        { kind, id: entry.id, scope, firstLine: doc.lineOf(earlier.path) },
        { file: doc.file, line: doc.lineOf(entry.path), path: entry.path, found: entry.id, expected: `an id not already used in ${scope}` },
      ),
    );
  }
  return problems;
}

/** Entries for a list of objects with an `id` (steps, nodes, options…). */
export const idsOf = (items: readonly { id: string }[], base: StructurePath): IdEntry[] =>
  items.map((item, i) => ({ id: item.id, path: [...base, i, 'id'] }));

/** Entries for a list of plain ids (objectives, sources, ordering items…). */
export const plainIds = (ids: readonly string[], base: StructurePath): IdEntry[] =>
  ids.map((id, i) => ({ id, path: [...base, i] }));
