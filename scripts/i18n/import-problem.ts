/** The kinds of problem an import can find, each with a fixture in tests/i18n/fixtures/. */
export type ImportProblemKind =
  | 'not-xliff'
  | 'wrong-language'
  | 'unknown-id'
  | 'duplicate-id'
  | 'placeholder'
  | 'markdown'
  | 'plural'
  | 'empty-target'
  | 'markup'
  | 'changed-since-export';

export interface ImportProblem {
  kind: ImportProblemKind;
  /** 1-based line in the XLIFF file. */
  line: number;
  message: string;
}

/** `file:line: message`, the form editors and terminals turn into a link. */
export const formatProblem = (file: string, problem: ImportProblem): string => `${file}:${problem.line}: ${problem.message}`;
