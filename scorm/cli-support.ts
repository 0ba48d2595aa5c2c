import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackageError } from './package/package-error';
import { projectPaths, type ProjectPaths } from './package/project-paths';

/** The project this script belongs to, wherever it is run from. */
export const thisProject = (): ProjectPaths => projectPaths(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));

export async function packageVersion(paths: ProjectPaths): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(path.join(paths.root, 'package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
  if (typeof version !== 'string') throw new PackageError('package.json → version: missing; packaging needs it for the manifest.');
  return version;
}

/** Runs a CLI's main: known problems print as plain messages, anything else with its stack; both exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof PackageError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  });
}
