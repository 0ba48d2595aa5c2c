import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../../scorm/package/package-limits';
import { measureBuild, type FileSize } from '../../scorm/package/size-report';
import type { ProjectPaths } from '../../scorm/package/project-paths';

/** What `npm run package` left in dist/: each course's Vite chunks (with gzip sizes) and every zip. */
export interface BuildSizes {
  courses: { courseId: string; chunks: FileSize[]; js: FileSize; css: FileSize }[];
  zips: { file: string; bytes: number }[];
}

const isDirectory = async (dir: string): Promise<boolean> => (await stat(dir).catch(() => null))?.isDirectory() ?? false;

export async function readBuildSizes(paths: ProjectPaths): Promise<BuildSizes> {
  const entries = await readdir(paths.dist, { withFileTypes: true }).catch(() => {
    throw new Error(`${path.relative(paths.root, paths.dist)}/ not found: run "npm run package" first (npm run bench does, unless --no-build).`);
  });
  const courses: BuildSizes['courses'] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const web = path.join(paths.dist, entry.name, 'web');
    if (!(await isDirectory(web))) continue;
    const report = await measureBuild(web);
    courses.push({
      courseId: entry.name,
      chunks: report.files.filter((f) => /\.(m?js|css)$/.test(f.path)),
      js: report.totals.js,
      css: report.totals.css,
    });
  }
  const zips: BuildSizes['zips'] = [];
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.zip')).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(paths.dist, entry.name);
    zips.push({ file: path.relative(paths.root, file), bytes: (await stat(file)).size });
  }
  return { courses, zips };
}

export function formatBuildSizes(sizes: BuildSizes): string[] {
  const lines: string[] = [];
  for (const course of sizes.courses) {
    lines.push(`${course.courseId}: Vite chunks (dist/${course.courseId}/web/)`);
    const rows = [...course.chunks, course.js, course.css];
    const width = Math.max(...rows.map((r) => r.path.length));
    for (const row of rows) lines.push(`  ${row.path.padEnd(width)}  ${formatBytes(row.bytes).padStart(9)}  gzip ${formatBytes(row.gzipBytes).padStart(9)}`);
  }
  if (sizes.zips.length === 0) lines.push('No SCORM zips in dist/.');
  for (const zip of sizes.zips) lines.push(`${zip.file}: ${formatBytes(zip.bytes)}`);
  return lines;
}
