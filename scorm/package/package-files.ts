import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_METADATA_DIR } from './build-manifest';

/**
 * Characters allowed in a packaged file path: URI unreserved characters and "/".
 * Every path becomes an `href` in the manifest and an entry name in the zip, so
 * anything that would need escaping (spaces, "#", "%", non-ASCII) is refused
 * rather than escaped differently by different LMSs.
 */
const SAFE_PATH = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/;

/** Why a package-relative path is unsafe, or null when it is fine. */
export function unsafePathReason(relativePath: string): string | null {
  if (relativePath.startsWith('/') || /^[A-Za-z]:/.test(relativePath)) return 'is absolute';
  if (relativePath.includes('\\')) return 'uses a backslash (paths in a package use "/")';
  if (relativePath.split('/').some((segment) => segment === '..' || segment === '.')) return 'contains "." or ".." segments';
  if (!SAFE_PATH.test(relativePath)) return 'has characters other than letters, digits, ".", "_", "~", "-" and "/"';
  return null;
}

/** Code-unit order, so the order never depends on the machine's locale. */
export const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every file under `dir` that belongs in a package, as sorted package-relative paths with
 * "/" separators. Vite's build metadata (.vite/) is left out: packaging reads it, but it is
 * not part of the course, and in a package it would be listed in the manifest and served.
 */
export async function listPackageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith(`${BUILD_METADATA_DIR}/`))
    .sort(comparePaths);
}
