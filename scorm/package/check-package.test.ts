import { describe, expect, it } from 'vitest';
import { checkScormPackage, checkWebContents } from './check-package';
import { setCourseLmsMeta } from './course-lms-meta';
import { SCORM_EDITIONS, type LmsVariant, type ScormEdition } from './lms-variant';
import { manifestIdentifiers } from './manifest-identifiers';
import { buildScorm12Manifest } from './scorm12-manifest';
import { buildScorm2004Manifest } from './scorm2004-manifest';
import { addModulePreloads } from './module-preload';
import { FAKE_ADAPTER_PRELOADS, FAKE_INDEX_HTML } from './testing/fake-project';

const encode = (s: string) => new TextEncoder().encode(s);
const builders = { scorm12: buildScorm12Manifest, scorm2004: buildScorm2004Manifest } as const;
const passMark = { include: true, passMark: 80 } as const;

/** index.html as packaging writes it for `variant`. */
const launchPage = (variant: LmsVariant) => addModulePreloads(setCourseLmsMeta(FAKE_INDEX_HTML, variant, 'index.html'), FAKE_ADAPTER_PRELOADS[variant], 'index.html');

function goodPackage(edition: ScormEdition, manifestEdit: (xml: string) => string = (xml) => xml): Map<string, Uint8Array> {
  const web = new Map<string, Uint8Array>([
    ['index.html', encode(launchPage(edition))],
    ['assets/index-Bq3x9.js', encode('console.log("course")')],
    ['assets/index-D4f1a.css', encode('a{}')],
  ]);
  const manifest = builders[edition]({
    identifiers: manifestIdentifiers('demo', '0.1.0', edition),
    title: 'Demo',
    files: [...web.keys()].sort(),
    mastery: passMark,
  });
  return new Map([...web, ['imsmanifest.xml', encode(manifestEdit(manifest))]]);
}

const check = (edition: ScormEdition, entries: Map<string, Uint8Array>) =>
  checkScormPackage({ label: `dist/demo-${edition}.zip`, entries }, edition, passMark, FAKE_ADAPTER_PRELOADS);

describe.each(SCORM_EDITIONS)('checkScormPackage (%s)', (edition) => {
  it('finds nothing wrong with a correct package', () => {
    expect(check(edition, goodPackage(edition))).toEqual([]);
  });

  it('reports a manifest that is not at the zip root', () => {
    const entries = goodPackage(edition);
    entries.set('course/imsmanifest.xml', entries.get('imsmanifest.xml')!);
    entries.delete('imsmanifest.xml');

    expect(check(edition, entries)).toEqual([
      `dist/demo-${edition}.zip: imsmanifest.xml is not at the package root (found course/imsmanifest.xml); LMSs reject this`,
    ]);
  });

  it('reports a file in the zip that the manifest does not list, and a listed file that is missing', () => {
    const entries = goodPackage(edition);
    entries.set('assets/extra.js', encode('1'));
    entries.delete('assets/index-D4f1a.css');

    const problems = check(edition, entries);

    expect(problems).toContain(`dist/demo-${edition}.zip: "assets/extra.js" is in the package but not listed in imsmanifest.xml`);
    expect(problems).toContain(`dist/demo-${edition}.zip: imsmanifest.xml lists "assets/index-D4f1a.css" but the package does not contain it`);
  });

  it('reports an identifierref that points at no resource', () => {
    const entries = goodPackage(edition, (xml) => xml.replace('identifierref="demo-resource"', 'identifierref="nowhere"'));

    expect(check(edition, entries)).toContain(
      `dist/demo-${edition}.zip: imsmanifest.xml → item "demo-sco" identifierref "nowhere" does not match any resource`,
    );
  });

  it('reports the wrong schemaversion, which the XSDs accept', () => {
    const entries = goodPackage(edition, (xml) => xml.replace(/<schemaversion>[^<]*</, '<schemaversion>2004 5th Edition<'));

    expect(check(edition, entries).join('\n')).toMatch(/metadata\/schemaversion is "2004 5th Edition", expected "(1\.2|2004 4th Edition)"/);
  });

  it('reports a file href that climbs out of the package', () => {
    const entries = goodPackage(edition, (xml) => xml.replace('href="assets/index-D4f1a.css"', 'href="../index-D4f1a.css"'));

    expect(check(edition, entries)).toContain(`dist/demo-${edition}.zip: imsmanifest.xml → file href "../index-D4f1a.css" contains "." or ".." segments`);
  });

  it('reports an index.html whose tracking mode was not rewritten', () => {
    const entries = goodPackage(edition);
    entries.set('index.html', encode(FAKE_INDEX_HTML));

    expect(check(edition, entries)).toContain(`dist/demo-${edition}.zip: index.html → <meta name="course-lms"> is "auto", expected "${edition}"`);
  });

  it('reports a missing index.html', () => {
    const entries = goodPackage(edition);
    entries.delete('index.html');

    expect(check(edition, entries)).toContain(`dist/demo-${edition}.zip: index.html is missing at the package root`);
  });

  it('reports LMS-side scorm-again code bundled into the course', () => {
    const entries = goodPackage(edition);
    entries.set('assets/index-Bq3x9.js', encode('class Scorm12API extends BaseAPI{}'));

    expect(check(edition, entries)).toContain(
      `dist/demo-${edition}.zip: assets/index-Bq3x9.js contains "Scorm12API": LMS-side code (scorm-again) must not ship in the course`,
    );
  });

  it('reports a pass mark that differs from the course', () => {
    const entries = goodPackage(edition, (xml) => xml.replace('>80<', '>70<').replace('>0.8<', '>0.7<'));

    expect(check(edition, entries).join('\n')).toMatch(/pass mark is 0?\.?70?, expected 0?\.?80?/);
  });

  it("reports an index.html that does not preload the package's own tracking adapter", () => {
    const entries = goodPackage(edition);
    const [adapterChunk] = FAKE_ADAPTER_PRELOADS[edition];
    entries.set('index.html', encode(setCourseLmsMeta(FAKE_INDEX_HTML, edition, 'index.html')));

    expect(check(edition, entries)).toContain(
      `dist/demo-${edition}.zip: index.html does not preload ${adapterChunk}, needed by its ${edition === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} tracking adapter: ` +
        'the course would wait an extra round trip for it',
    );
  });

  it("reports an index.html that preloads the other SCORM version's adapter", () => {
    const other = edition === 'scorm12' ? 'scorm2004' : 'scorm12';
    const entries = goodPackage(edition);
    entries.set('index.html', encode(addModulePreloads(launchPage(edition), [FAKE_ADAPTER_PRELOADS[other][0]], 'index.html')));

    expect(check(edition, entries)).toEqual([
      `dist/demo-${edition}.zip: index.html loads ${FAKE_ADAPTER_PRELOADS[other][0]}, part of the ${other === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} ` +
        `tracking adapter, which this ${edition === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} package never uses`,
    ]);
  });

  it("reports Vite's build manifest shipped in the package", () => {
    const entries = goodPackage(edition);
    entries.set('.vite/manifest.json', encode('{}'));

    expect(check(edition, entries)).toContain(`dist/demo-${edition}.zip: entry ".vite/manifest.json" is Vite's build metadata, not part of the course`);
  });

  it('reports a manifest that is not XML at all', () => {
    const entries = goodPackage(edition, () => 'not a manifest');

    expect(check(edition, entries).join('\n')).toMatch(/imsmanifest\.xml could not be read as XML/);
  });
});

describe('checkWebContents (standalone)', () => {
  const standalone = (html: string) => checkWebContents({ label: 'dist/demo/standalone', entries: new Map([['index.html', encode(html)]]) }, 'standalone', FAKE_ADAPTER_PRELOADS);

  it('accepts a standalone tree and reports one still set to "auto"', () => {
    expect(standalone(launchPage('standalone'))).toEqual([]);
    expect(standalone(addModulePreloads(FAKE_INDEX_HTML, FAKE_ADAPTER_PRELOADS.standalone, 'index.html'))).toEqual([
      'dist/demo/standalone: index.html → <meta name="course-lms"> is "auto", expected "standalone"',
    ]);
  });

  it('reports a missing standalone adapter preload', () => {
    expect(standalone(setCourseLmsMeta(FAKE_INDEX_HTML, 'standalone', 'index.html'))).toEqual([
      'dist/demo/standalone: index.html does not preload assets/standalone-adapter-S1.js, needed by its standalone tracking adapter: ' +
        'the course would wait an extra round trip for it',
    ]);
  });

  it('reports each SCORM chunk the page loads once, even one both SCORM adapters share', () => {
    const html = addModulePreloads(launchPage('standalone'), FAKE_ADAPTER_PRELOADS.scorm2004, 'index.html');

    expect(standalone(html).sort()).toEqual([
      'dist/demo/standalone: index.html loads assets/connect-scorm2004-A04.js, part of the SCORM 2004 tracking adapter, which this standalone package never uses',
      'dist/demo/standalone: index.html loads assets/scorm-port-P1.js, part of the SCORM 1.2 and SCORM 2004 tracking adapters, which this standalone package never uses',
    ]);
  });

  it('checks no preloads when not told which chunks the adapters are', () => {
    const entries = new Map([['index.html', encode(setCourseLmsMeta(FAKE_INDEX_HTML, 'standalone', 'index.html'))]]);

    expect(checkWebContents({ label: 'dist/demo/standalone', entries }, 'standalone')).toEqual([]);
  });
});
