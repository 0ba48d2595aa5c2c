import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { worstCaseProgressLength } from '../../src/course/progress/worst-case';
import { checkScormPackage, checkWebContents } from '../../scorm/package/check-package';
import { loadPackagingCourse, type PackagingCourse } from '../../scorm/package/course-source';
import { createDeterministicZip } from '../../scorm/package/deterministic-zip';
import { discoverCourses } from '../../scorm/package/discover-courses';
import { SCORM_EDITIONS } from '../../scorm/package/lms-variant';
import { readManifest } from '../../scorm/package/manifest-reader';
import { masteryDecision } from '../../scorm/package/mastery';
import { MAX_ZIP_BYTES, SCORM12_SUSPEND_DATA_LIMIT } from '../../scorm/package/package-limits';
import { listPackageFiles } from '../../scorm/package/package-files';
import { courseOutputPaths, displayPath, projectPaths } from '../../scorm/package/project-paths';
import { validateManifestXsd } from '../../scorm/package/testing/xsd-validation';

/**
 * Checks the real output of `npm run package` (dist/), which `npm test` runs before
 * this project. Everything the unit tests check on a small fake build is checked
 * again here on the real courses, plus the official XSDs on the real manifests.
 */
const paths = projectPaths(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
/** What `npm run package` (no --partnership) builds: the national build, under its own name. */
const NATIONAL_NAME = String((parse(readFileSync(path.join(paths.partnershipsDir, 'national', 'locales', 'en-GB.yaml'), 'utf8')) as { name: unknown }).name);
const courseIds = await discoverCourses(paths);

describe.each(courseIds)('packages of %s', (courseId) => {
  const out = courseOutputPaths(paths, courseId);
  let content: PackagingCourse;

  beforeAll(() => {
    const missing = [...SCORM_EDITIONS.map((e) => out.zip(e)), out.variant('standalone')].filter((p) => !existsSync(p));
    if (missing.length) throw new Error(`Run \`npm run package\` first: missing ${missing.map((p) => displayPath(paths, p)).join(', ')}`);
    content = loadPackagingCourse(paths, courseId);
  });

  it('keeps the fullest possible progress within SCORM 1.2 suspend_data', () => {
    expect(worstCaseProgressLength(content.course, content.modules)).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA_LIMIT);
  });

  describe.each(SCORM_EDITIONS)('%s', (edition) => {
    const zipFile = out.zip(edition);
    const read = () => {
      const zip = readFileSync(zipFile);
      return { zip, entries: new Map(Object.entries(unzipSync(zip))) };
    };

    it('passes every package check (manifest at the root, references, file list, meta tag, no scorm-again, pass mark)', () => {
      const { entries } = read();

      expect(checkScormPackage({ label: displayPath(paths, zipFile), entries }, edition, masteryDecision(content.course))).toEqual([]);
    });

    it('has a manifest valid against the official XSDs, titled from the course and the build it is (the national one)', () => {
      const xml = new TextDecoder().decode(read().entries.get('imsmanifest.xml'));
      const result = validateManifestXsd(xml, edition);

      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
      expect(readManifest(xml).organizations[0]?.title).toBe(`${content.title} (${NATIONAL_NAME})`);
      expect(xml).toMatch(/<!-- .*: course version \S+, built \d{4}-\d{2}-\d{2} for National edition \(partnerships\/national\)\. -->/);
    });

    it('is at most 2 MB', () => {
      expect(read().zip.byteLength).toBeLessThanOrEqual(MAX_ZIP_BYTES);
    });

    it('matches its unpacked tree (what the preview LMS serves) byte for byte, and re-zips to the same bytes', async () => {
      const { zip, entries } = read();
      const tree = await listPackageFiles(out.variant(edition));

      expect(tree).toEqual([...entries.keys()].sort());
      for (const file of tree) expect(readFileSync(path.join(out.variant(edition), file)).equals(Buffer.from(entries.get(file)!))).toBe(true);
      const rezipped = createDeterministicZip([...entries].map(([file, data]) => ({ path: file, data })));
      expect(Buffer.from(rezipped).equals(zip)).toBe(true);
    });
  });

  it('has a standalone tree: the web build with the standalone tracking mode and no manifest', async () => {
    const dir = out.variant('standalone');
    const files = await listPackageFiles(dir);
    const entries = new Map(files.map((file) => [file, new Uint8Array(readFileSync(path.join(dir, file)))]));

    expect(files).not.toContain('imsmanifest.xml');
    expect(checkWebContents({ label: displayPath(paths, dir), entries }, 'standalone')).toEqual([]);
  });

  it('starts with the course texts in its entry script and preloads no module structure', () => {
    const dir = out.variant('standalone');
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
    const entry = /<script type="module"[^>]* src="\.\/([^"]+)"/.exec(html)?.[1] ?? '';
    const { course, title } = loadPackagingCourse(paths, courseId);
    // A module structure names the module id and has steps. Minified, so keys are bare and
    // strings may be quoted with ", ' or `.
    const chunks = preloaded.map((file) => readFileSync(path.join(dir, file), 'utf8'));
    for (const id of course.modules.map((ref) => ref.id)) {
      expect(chunks.some((code) => new RegExp(`\\bid:\\s*["'\`]${id}["'\`]`).test(code) && /\bsteps:/.test(code)), `module ${id}`).toBe(false);
    }
    expect(readFileSync(path.join(dir, entry), 'utf8'), 'course title in the entry script').toContain(title);
  });
});
