import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTER_SOURCES, planAdapterPreloads } from './adapter-chunks';
import { parseBuildManifest } from './build-manifest';
import { LMS_VARIANTS } from './lms-variant';
import { FAKE_ADAPTER_PRELOADS, FAKE_INDEX_HTML, fakeBuildManifest } from './testing/fake-project';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const label = 'dist/demo/web/.vite/manifest.json';

type RawManifest = ReturnType<typeof fakeBuildManifest>;

function plan(edit: (manifest: RawManifest) => void = () => {}, launchHtml = FAKE_INDEX_HTML) {
  const raw = fakeBuildManifest();
  edit(raw);
  const manifest = parseBuildManifest(JSON.stringify(raw), label);
  const buildFiles = new Set(['index.html', ...Object.values(manifest).map((chunk) => chunk.file)]);
  return planAdapterPreloads({ manifest, manifestLabel: label, launchHtml, buildFiles });
}

describe('planAdapterPreloads', () => {
  it("gives each variant its adapter chunk and that chunk's imports, leaving out what the page loads anyway", () => {
    expect(plan()).toEqual(FAKE_ADAPTER_PRELOADS);
  });

  it('does not preload again a chunk the page already preloads', () => {
    const html = FAKE_INDEX_HTML.replace('</head>', '<link rel="modulepreload" href="./assets/scorm-port-P1.js"></head>');

    expect(plan(undefined, html).scorm12).toEqual(['assets/connect-scorm12-A12.js']);
  });

  it('follows imports of imports', () => {
    const result = plan((m) => {
      m['_scorm-port-P1.js']!['imports'] = ['_scorm-time-T1.js'];
      m['_scorm-time-T1.js'] = { file: 'assets/scorm-time-T1.js' };
    });

    expect(result.scorm2004).toEqual(['assets/connect-scorm2004-A04.js', 'assets/scorm-port-P1.js', 'assets/scorm-time-T1.js']);
  });

  it('fails, naming the manifest and the source file, when an adapter has no chunk of its own', () => {
    expect(() => plan((m) => delete m['src/lib/lms/connect-scorm12.ts'])).toThrow(
      /^dist\/demo\/web\/\.vite\/manifest\.json has no chunk for the SCORM 1\.2 tracking adapter \(src\/lib\/lms\/connect-scorm12\.ts\)/,
    );
  });

  it('fails when the page imports an adapter statically, so every package would download it', () => {
    expect(() => plan((m) => (m['index.html']!['imports'] = ['_vendor-Vx1.js', 'src/lib/lms/standalone-adapter.ts']))).toThrow(
      /the page itself loads the standalone tracking adapter \(src\/lib\/lms\/standalone-adapter\.ts\)/,
    );
  });

  it('fails when a chunk imports one the manifest does not list', () => {
    expect(() => plan((m) => (m['_scorm-port-P1.js']!['imports'] = ['_gone-G1.js']))).toThrow(
      'dist/demo/web/.vite/manifest.json: a chunk imports "_gone-G1.js", which the manifest does not list.',
    );
  });

  it('fails when the manifest names a file the build does not have', () => {
    const manifest = parseBuildManifest(JSON.stringify(fakeBuildManifest()), label);

    expect(() =>
      planAdapterPreloads({ manifest, manifestLabel: label, launchHtml: FAKE_INDEX_HTML, buildFiles: new Set(['index.html', 'assets/index-Bq3x9.js']) }),
    ).toThrow(/names "assets\/connect-scorm12-A12\.js" for the SCORM 1\.2 tracking adapter .*, but the build has no such file/);
  });
});

describe('ADAPTER_SOURCES', () => {
  // The real build's manifest is keyed by these paths: a renamed adapter must fail here, not at packaging time.
  const loaders = readFileSync(path.join(root, 'src/lib/lms/adapter-chunks.ts'), 'utf8');

  it.each(LMS_VARIANTS)('names the %s adapter module, which the app imports dynamically', (variant) => {
    const source = ADAPTER_SOURCES[variant];

    expect(existsSync(path.join(root, source))).toBe(true);
    expect(loaders).toContain(`import('./${path.basename(source, '.ts')}')`);
  });
});
