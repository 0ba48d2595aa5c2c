import { describe, expect, it } from 'vitest';
import { parseBuildManifest } from './build-manifest';
import { PackageError } from './package-error';
import { fakeBuildManifest } from './testing/fake-project';

const label = 'dist/demo/web/.vite/manifest.json';

describe('parseBuildManifest', () => {
  it("reads each chunk's file, entry flag and static imports", () => {
    const manifest = parseBuildManifest(JSON.stringify(fakeBuildManifest()), label);

    expect(manifest['src/lib/lms/connect-scorm12.ts']).toMatchObject({ file: 'assets/connect-scorm12-A12.js', imports: ['_scorm-port-P1.js', 'index.html'] });
    expect(manifest['index.html']?.isEntry).toBe(true);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseBuildManifest('{ nope', label)).toThrow(PackageError);
    expect(() => parseBuildManifest('{ nope', label)).toThrow(/^dist\/demo\/web\/\.vite\/manifest\.json: not valid JSON/);
  });

  it('refuses JSON that is not a Vite manifest, saying where', () => {
    expect(() => parseBuildManifest(JSON.stringify({ 'index.html': { imports: [] } }), label)).toThrow(
      /^dist\/demo\/web\/\.vite\/manifest\.json: not a Vite build manifest:[^]*index\.html[^]*file/,
    );
  });
});
