import { zipSync, type Zippable } from 'fflate';
import { PackageError } from './package-error';
import { comparePaths, unsafePathReason } from './package-files';

export interface ZipEntry {
  /** Package-relative path with "/" separators. */
  path: string;
  data: Uint8Array;
}

/**
 * Every entry gets this modification time, so the same files always give the same
 * bytes. Zip (DOS) times are local and fflate reads the Date with local getters, so
 * the Date is made from local parts at each call: the stored fields are then
 * 2000-01-01 12:00 in every time zone (noon on 1 January is never in a DST gap).
 */
const fixedMtime = (): Date => new Date(2000, 0, 1, 12, 0, 0);

/** Entry names that are array indices ("0", "42") would be reordered by a JS object; refuse them. */
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * A zip with entries in code-unit order, fixed times, no directory entries and no
 * extra fields: the same input gives the same bytes. Entries are deflated (level 9),
 * sizes are written in the local headers (no data descriptors), which every LMS's
 * unzip handles.
 */
export function createDeterministicZip(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => comparePaths(a.path, b.path));
  const files: Zippable = {};
  const mtime = fixedMtime();
  for (const [i, entry] of sorted.entries()) {
    const problem = unsafePathReason(entry.path);
    if (problem) throw new PackageError(`Cannot add "${entry.path}" to a package: the path ${problem}.`);
    if (ARRAY_INDEX.test(entry.path)) throw new PackageError(`Cannot add "${entry.path}" to a package: a file name made only of digits is not supported.`);
    if (i > 0 && sorted[i - 1]?.path === entry.path) throw new PackageError(`Cannot add "${entry.path}" to a package twice.`);
    files[entry.path] = [entry.data, { level: 9, mtime, os: 0, attrs: 0 }];
  }
  return zipSync(files);
}
