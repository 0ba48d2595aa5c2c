/**
 * A packaging failure the author or release engineer can act on. The message names
 * the file (and field or limit) at fault; the CLI prints it without a stack trace.
 */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}

/** Collects several problems so that one run reports all of them, not just the first. */
export class PackageProblems extends PackageError {
  constructor(
    readonly problems: readonly string[],
    heading: string,
  ) {
    super(`${heading}\n${problems.map((p) => `  - ${p.split('\n').join('\n    ')}`).join('\n')}`);
  }
}
