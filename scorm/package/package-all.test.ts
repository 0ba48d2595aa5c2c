import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readCourseLmsMeta } from './course-lms-meta';
import { readManifest } from './manifest-reader';
import { packageAllCourses, type PackageAllInput } from './package-all';
import { listPackageFiles } from './package-files';
import { courseOutputPaths, type ProjectPaths } from './project-paths';
import { modulePreloads, referencedFiles } from './module-preload';
import { FAKE_ADAPTER_PRELOADS, FAKE_COURSE_ID, FAKE_TITLE, FAKE_INDEX_HTML, fakeBuildManifest, makeFakeProject, type FakeProjectOptions } from './testing/fake-project';
import { LMS_VARIANTS, SCORM_EDITIONS } from './lms-variant';

const projects: ProjectPaths[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
});

function project(options?: FakeProjectOptions): ProjectPaths {
  const paths = makeFakeProject(options);
  projects.push(paths);
  return paths;
}

async function run(paths: ProjectPaths, overrides: Partial<PackageAllInput> = {}): Promise<string[]> {
  const lines: string[] = [];
  await packageAllCourses({
    paths,
    courseIds: [FAKE_COURSE_ID],
    version: '0.1.0',
    worstCaseLength: () => 734,
    log: (line) => lines.push(line),
    ...overrides,
  });
  return lines;
}

const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

/** Incompressible bytes from a fixed seed (xorshift), so the test is the same every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('packageAllCourses', () => {
  it('writes both zips with the manifest at the root and exactly the web build plus the manifest', async () => {
    const paths = project();
    const out = courseOutputPaths(paths, FAKE_COURSE_ID);

    await run(paths);

    const webFiles = await listPackageFiles(out.web);
    for (const edition of SCORM_EDITIONS) {
      const zip = unzipSync(readFileSync(out.zip(edition)));
      expect(Object.keys(zip).sort()).toEqual([...webFiles, 'imsmanifest.xml'].sort());
      const manifest = readManifest(text(zip['imsmanifest.xml']));
      expect(manifest.resources[0]?.files).toEqual(webFiles);
      expect(manifest.organizations[0]?.title).toBe(`${FAKE_TITLE} (National edition)`);
      expect(readCourseLmsMeta(text(zip['index.html']))).toBe(edition);
    }
  });

  it('writes unpacked trees identical to the zips, and a standalone tree without a manifest', async () => {
    const paths = project();
    const out = courseOutputPaths(paths, FAKE_COURSE_ID);

    await run(paths);

    for (const edition of SCORM_EDITIONS) {
      const zip = unzipSync(readFileSync(out.zip(edition)));
      const tree = await listPackageFiles(out.variant(edition));
      expect(tree).toEqual(Object.keys(zip).sort());
      for (const file of tree) expect(readFileSync(path.join(out.variant(edition), file)).equals(Buffer.from(zip[file]!))).toBe(true);
    }
    const standalone = out.variant('standalone');
    expect(existsSync(path.join(standalone, 'imsmanifest.xml'))).toBe(false);
    expect(readCourseLmsMeta(readFileSync(path.join(standalone, 'index.html'), 'utf8'))).toBe('standalone');
    expect(await listPackageFiles(standalone)).toEqual(await listPackageFiles(out.web));
  });

  it("preloads in each variant's index.html exactly its own tracking adapter's chunks, after the page's own preloads", async () => {
    const paths = project();
    const out = courseOutputPaths(paths, FAKE_COURSE_ID);

    await run(paths);

    const pagePreloads = modulePreloads(FAKE_INDEX_HTML);
    for (const variant of LMS_VARIANTS) {
      const html = readFileSync(path.join(out.variant(variant), 'index.html'), 'utf8');
      expect(modulePreloads(html), variant).toEqual([...pagePreloads, ...FAKE_ADAPTER_PRELOADS[variant]]);
    }
    for (const edition of SCORM_EDITIONS) {
      const zip = unzipSync(readFileSync(out.zip(edition)));
      expect(modulePreloads(text(zip['index.html'])), edition).toEqual([...pagePreloads, ...FAKE_ADAPTER_PRELOADS[edition]]);
    }
  });

  it('gives the standalone index.html no reference to any SCORM adapter chunk', async () => {
    const paths = project();

    await run(paths);

    const html = readFileSync(path.join(courseOutputPaths(paths, FAKE_COURSE_ID).variant('standalone'), 'index.html'), 'utf8');
    const scormChunks = new Set<string>([...FAKE_ADAPTER_PRELOADS.scorm12, ...FAKE_ADAPTER_PRELOADS.scorm2004]);
    expect([...referencedFiles(html)].filter((file) => scormChunks.has(file))).toEqual([]);
    expect(html).not.toMatch(/connect-scorm|scorm-port/);
  });

  it("keeps Vite's build manifest out of every tree, zip and manifest file list", async () => {
    const paths = project();
    const out = courseOutputPaths(paths, FAKE_COURSE_ID);

    await run(paths);

    expect(existsSync(path.join(out.web, '.vite', 'manifest.json'))).toBe(true);
    for (const variant of LMS_VARIANTS) expect(existsSync(path.join(out.variant(variant), '.vite'))).toBe(false);
    for (const edition of SCORM_EDITIONS) {
      const zip = unzipSync(readFileSync(out.zip(edition)));
      expect(Object.keys(zip).filter((file) => file.startsWith('.vite'))).toEqual([]);
      expect(readManifest(text(zip['imsmanifest.xml'])).resources[0]?.files.filter((file) => file.startsWith('.vite'))).toEqual([]);
    }
  });

  it("fails, naming the file, when the build has no manifest to find the adapters' chunks in", async () => {
    await expect(run(project({ buildManifest: null }))).rejects.toThrow(
      /dist\/demo\/web\/\.vite\/manifest\.json not found: the build must write Vite's manifest \(build\.manifest in vite\.config\.ts\)/,
    );
  });

  it('fails, naming the manifest and the adapter, when an adapter chunk cannot be found', async () => {
    const manifest = fakeBuildManifest();
    delete manifest['src/lib/lms/connect-scorm2004.ts'];
    const paths = project({ buildManifest: manifest });

    await expect(run(paths)).rejects.toThrow(
      /dist\/demo\/web\/\.vite\/manifest\.json has no chunk for the SCORM 2004 tracking adapter \(src\/lib\/lms\/connect-scorm2004\.ts\)/,
    );
    expect(existsSync(courseOutputPaths(paths, FAKE_COURSE_ID).zip('scorm2004'))).toBe(false);
  });

  it('gives byte-identical zips when run again on the same build', async () => {
    const paths = project();
    const out = courseOutputPaths(paths, FAKE_COURSE_ID);

    await run(paths);
    const first = SCORM_EDITIONS.map((e) => readFileSync(out.zip(e)));
    await run(paths);

    SCORM_EDITIONS.forEach((e, i) => expect(readFileSync(out.zip(e)).equals(first[i]!)).toBe(true));
  });

  it('prints the worst-case progress size, the pass mark and each zip size', async () => {
    const lines = await run(project());

    expect(lines).toContain('demo: worst-case suspend_data 734 chars (SCORM 1.2 limit 4096, target 1000)');
    expect(lines).toContain('demo: manifest pass mark 80% (adlcp:masteryscore 80; minNormalizedMeasure 0.8)');
    expect(lines.filter((l) => /^dist\/national-demo-scorm(12|2004)-0\.1\.0\.zip: [\d.]+ (B|kB) \(limit 2\.00 MB\)$/.test(l))).toHaveLength(2);
  });

  it('states no pass mark when the assessment can be taken before the modules are complete', async () => {
    const paths = project({ course: { finalAssessment: { questionCount: 1, passMark: 80, maxAttempts: 0, requiresAllModules: false } } });

    const lines = await run(paths);

    expect(lines.join('\n')).toMatch(/demo: no pass mark in the manifest: the final assessment can be taken before every module is complete/);
    const zip = unzipSync(readFileSync(courseOutputPaths(paths, FAKE_COURSE_ID).zip('scorm12')));
    expect(readManifest(text(zip['imsmanifest.xml'])).organizations[0]?.items[0]?.masteryScore).toBeNull();
  });

  it('fails when the fullest progress would not fit SCORM 1.2 suspend_data, naming the course and the numbers', async () => {
    const paths = project();

    await expect(run(paths, { worstCaseLength: () => 4097 })).rejects.toThrow(
      /demo: the fullest possible progress needs 4097 characters of suspend_data, over the SCORM 1\.2 limit of 4096/,
    );
    expect(existsSync(courseOutputPaths(paths, FAKE_COURSE_ID).zip('scorm12'))).toBe(false);
  });

  it('accepts exactly 4096 characters, warning that it is over the target', async () => {
    const lines = await run(project(), { worstCaseLength: () => 4096 });

    expect(lines).toContain('demo: warning: worst-case suspend_data is over the 1000-character target');
  });

  it('fails when a zip is over 2 MB', async () => {
    const paths = project({ webFiles: { 'assets/huge-video.webp': noise(2_100_000) } });

    await expect(run(paths)).rejects.toThrow(/dist\/national-demo-scorm12-0\.1\.0\.zip: 2\.\d\d MB is over the 2\.00 MB package limit/);
    // Nothing is left that looks fit to upload.
    expect(readdirSync(paths.dist).filter((name) => name.endsWith('.zip'))).toEqual([]);
  });

  it('tells you to build first when there is no web build', async () => {
    await expect(run(project({ withoutBuild: true }))).rejects.toThrow(/dist\/demo\/web\/ not found: build the course first/);
  });

  it('refuses a build with a file name a manifest cannot carry', async () => {
    await expect(run(project({ webFiles: { 'assets/my image.png': 'x' } }))).rejects.toThrow(
      /dist\/demo\/web\/assets\/my image\.png: the path has characters other than/,
    );
  });

  it('refuses a build whose index.html lacks the course-lms meta tag', async () => {
    await expect(run(project({ webFiles: { 'index.html': '<!doctype html><title>x</title>' } }))).rejects.toThrow(
      /dist\/demo\/web\/index\.html: expected exactly one <meta name="course-lms"/,
    );
  });

  it('packages nothing from content that fails validation, naming the file, line and field', async () => {
    const paths = project({ course: { unlocking: 'whenever' } });

    await expect(run(paths)).rejects.toThrow(
      /demo: [^]*modules\/courses\/demo\/course\.yaml:\d+ → unlocking: expected one of 'sequential' \| 'free'/,
    );
    expect(existsSync(courseOutputPaths(paths, FAKE_COURSE_ID).zip('scorm12'))).toBe(false);
  });

  it('names the missing locale file the course title comes from', async () => {
    const paths = project();
    rmSync(path.join(paths.coursesDir, FAKE_COURSE_ID, 'locales', 'en-GB.yaml'));

    await expect(run(paths)).rejects.toThrow(/modules\/courses\/demo\/locales\/en-GB\.yaml does not exist/);
  });

  describe('for a partnership', () => {
    const bromley = { id: 'bromley', name: 'Bromley Safeguarding Children Partnership', scormVersions: ['scorm2004'] as const, passMarks: { demo: 90 } };
    /** The fake project with its web build where a Bromley build puts it. */
    const bromleyProject = (): ProjectPaths => {
      const paths = project();
      cpSync(courseOutputPaths(paths, FAKE_COURSE_ID).web, courseOutputPaths(paths, FAKE_COURSE_ID, { partnershipId: 'bromley' }).web, { recursive: true });
      return paths;
    };

    it('names the zips, the manifest title and a comment at the top of the manifest after the partnership and version', async () => {
      const paths = bromleyProject();
      const lines = await run(paths, { partnership: bromley, builtOn: '2026-12-04' });
      const out = courseOutputPaths(paths, FAKE_COURSE_ID, { partnershipId: 'bromley', version: '0.1.0' });
      expect(path.basename(out.zip('scorm2004'))).toBe('bromley-demo-scorm2004-0.1.0.zip');
      expect(existsSync(out.zip('scorm12'))).toBe(false);
      const xml = text(unzipSync(readFileSync(out.zip('scorm2004')))['imsmanifest.xml']);
      expect(readManifest(xml).organizations[0]?.title).toBe(`${FAKE_TITLE} (Bromley Safeguarding Children Partnership)`);
      expect(xml).toContain(
        `<!-- ${FAKE_TITLE} (Bromley Safeguarding Children Partnership): course version 0.1.0, built 2026-12-04 for Bromley Safeguarding Children Partnership (partnerships/bromley). -->`,
      );
      expect(lines).toContain('demo: manifest pass mark 90% (adlcp:masteryscore 90; minNormalizedMeasure 0.9)');
      // Its unpacked trees sit beside the national build's, for the preview.
      expect(out.variant('standalone')).toBe(path.join(paths.dist, 'bromley-demo', 'standalone'));
    });

    it('removes the partnership’s older zips, and only its own, before packaging', async () => {
      const paths = bromleyProject();
      for (const name of ['bromley-demo-scorm2004-0.0.9.zip', 'demo-scorm12.zip', 'national-demo-scorm12-0.0.9.zip', 'notes.zip']) writeFileSync(path.join(paths.dist, name), 'old');
      await run(paths, { partnership: bromley });
      expect(readdirSync(paths.dist).filter((name) => name.endsWith('.zip')).sort()).toEqual([
        'bromley-demo-scorm2004-0.1.0.zip',
        'demo-scorm12.zip',
        'national-demo-scorm12-0.0.9.zip',
        'notes.zip',
      ]);
      await run(paths);
      // The national build also clears the zips named before partnerships existed.
      expect(readdirSync(paths.dist).filter((name) => name.endsWith('.zip')).sort()).toEqual([
        'bromley-demo-scorm2004-0.1.0.zip',
        'national-demo-scorm12-0.1.0.zip',
        'national-demo-scorm2004-0.1.0.zip',
        'notes.zip',
      ]);
    });
  });
});
