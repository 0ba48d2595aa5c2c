import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatBytes } from './package-limits';
import { listPackageFiles } from './package-files';

export interface FileSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface SizeReport {
  files: FileSize[];
  totals: { js: FileSize; css: FileSize; all: FileSize };
}

const sum = (label: string, files: readonly FileSize[]): FileSize => ({
  path: label,
  bytes: files.reduce((n, f) => n + f.bytes, 0),
  gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
});

/** Raw and gzip size of every file of a build, for the CI size report. */
export async function measureBuild(dir: string): Promise<SizeReport> {
  const files: FileSize[] = [];
  for (const file of await listPackageFiles(dir)) {
    const data = await readFile(path.join(dir, file));
    files.push({ path: file, bytes: data.byteLength, gzipBytes: gzipSync(data, { level: 9 }).byteLength });
  }
  return {
    files,
    totals: {
      js: sum('JavaScript', files.filter((f) => /\.m?js$/.test(f.path))),
      css: sum('CSS', files.filter((f) => f.path.endsWith('.css'))),
      all: sum('all files', files),
    },
  };
}

/** The report as aligned text lines: one per file, then the totals. */
export function formatSizeReport(report: SizeReport): string[] {
  const rows = [...report.files, report.totals.js, report.totals.css, report.totals.all];
  const width = Math.max(...rows.map((r) => r.path.length));
  const line = (r: FileSize) => `${r.path.padEnd(width)}  ${formatBytes(r.bytes).padStart(9)}  gzip ${formatBytes(r.gzipBytes).padStart(9)}`;
  return [...report.files.map(line), '-'.repeat(width + 28), ...[report.totals.js, report.totals.css, report.totals.all].map(line)];
}
