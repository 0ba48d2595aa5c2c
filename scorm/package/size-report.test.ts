import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSizeReport, measureBuild } from './size-report';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'size-report-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('measureBuild', () => {
  it('reports raw and gzip sizes per file and totals for JavaScript, CSS and everything', async () => {
    const js = 'export const x = 1;\n'.repeat(200);
    const dir = build({ 'index.html': '<!doctype html>', 'assets/a.js': js, 'assets/b.css': 'a{color:red}' });

    const report = await measureBuild(dir);

    expect(report.files.map((f) => f.path)).toEqual(['assets/a.js', 'assets/b.css', 'index.html']);
    expect(report.totals.js).toEqual({ path: 'JavaScript', bytes: js.length, gzipBytes: gzipSync(js, { level: 9 }).byteLength });
    expect(report.totals.css.bytes).toBe(12);
    expect(report.totals.all.bytes).toBe(js.length + 12 + 15);
  });

  it("leaves out Vite's build metadata, which no learner downloads", async () => {
    const report = await measureBuild(build({ 'index.html': '<!doctype html>', '.vite/manifest.json': '{}' }));

    expect(report.files.map((f) => f.path)).toEqual(['index.html']);
    expect(report.totals.all.bytes).toBe(15);
  });

  it('formats one aligned line per file followed by the totals', async () => {
    const report = await measureBuild(build({ 'assets/a.js': 'x'.repeat(1500) }));

    const lines = formatSizeReport(report);

    expect(lines[0]).toMatch(/^assets\/a\.js\s+1\.5 kB {2}gzip\s+\d+ B$/);
    expect(lines.at(-1)).toMatch(/^all files\s+1\.5 kB/);
  });
});
