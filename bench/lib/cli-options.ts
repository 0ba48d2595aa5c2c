/** `npm run bench -- [--no-build] [--no-gzip] [--runs N] [--course ID]` */

export interface BenchOptions {
  /** Run `npm run package` first. */
  build: boolean;
  /** Measure through the bench's gzip proxy (see gzip-proxy.ts). */
  gzip: boolean;
  /** Lighthouse runs per page; the median run is reported. */
  runs: number;
  courseId: string;
}

export const USAGE = 'Usage: npm run bench -- [--no-build] [--no-gzip] [--runs N (1-9, default 3)] [--course ID (default risks-to-children)]';

export const DEFAULT_OPTIONS: BenchOptions = { build: true, gzip: true, runs: 3, courseId: 'risks-to-children' };

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      i += 1;
      return next;
    };
    switch (arg) {
      case '--no-build':
        options.build = false;
        break;
      case '--no-gzip':
        options.gzip = false;
        break;
      case '--runs': {
        const text = value();
        const runs = Number(text);
        if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new UsageError(`--runs must be a whole number from 1 to 9, got "${text}". ${USAGE}`);
        options.runs = runs;
        break;
      }
      case '--course':
        options.courseId = value();
        break;
      default:
        throw new UsageError(`Unknown option "${arg}". ${USAGE}`);
    }
  }
  return options;
}
