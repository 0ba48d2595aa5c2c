import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PackageError } from './package-error';
import { displayPath, type ProjectPaths } from './project-paths';

/** Course ids: the folders under modules/courses/ that hold a course.yaml, sorted. */
export async function discoverCourses(paths: ProjectPaths): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(paths.coursesDir, { withFileTypes: true });
  } catch {
    throw new PackageError(`${displayPath(paths, paths.coursesDir)}/ does not exist: there are no courses to build.`);
  }
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(path.join(paths.coursesDir, entry.name));
    if (files.includes('course.yaml')) ids.push(entry.name);
  }
  if (ids.length === 0) throw new PackageError(`${displayPath(paths, paths.coursesDir)}/ has no course folder with a course.yaml.`);
  return ids.sort();
}
