import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocaleFileError } from './locale-errors';

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** The project these scripts belong to, wherever they are run from. */
export const projectRoot = (): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** True when the module at `url` is the script node was started with. */
export const isMain = (url: string): boolean => process.argv[1] !== undefined && url === new URL(`file://${path.resolve(process.argv[1])}`).href;

/** Runs a CLI's body; a locale file that cannot be read is reported by name (exit 1), anything else is a bug and keeps its stack. */
export function reportingLocaleErrors(run: () => number, output: CliOutput): number {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof LocaleFileError)) throw error;
    output.err(error.message);
    return 1;
  }
}
