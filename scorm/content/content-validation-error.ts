import type { ContentProblem } from '../../src/course/content/content-problem';

/** Thrown when content that must be valid (for a build or a package) is not; lists every problem. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblemList(problems));
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/** Every problem on its own line, then the count: what the CLI and a failed build print. */
export function formatProblemList(problems: readonly ContentProblem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [...problems.map((p) => p.message), `Content is not valid: ${count}.`].join('\n');
}
