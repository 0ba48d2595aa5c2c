import { describe, expect, it } from 'vitest';
import { SCORM_EDITIONS, type ScormEdition } from './lms-variant';
import { manifestIdentifiers } from './manifest-identifiers';
import type { ManifestInput } from './manifest-input';
import { readManifest } from './manifest-reader';
import type { MasteryDecision } from './mastery';
import { buildScorm12Manifest } from './scorm12-manifest';
import { buildScorm2004Manifest } from './scorm2004-manifest';
import { validateManifestXsd } from './testing/xsd-validation';

const builders = { scorm12: buildScorm12Manifest, scorm2004: buildScorm2004Manifest } as const;
const files = ['assets/index-Bq3x9.js', 'assets/index-D4f1a.css', 'index.html'];
const withPassMark: MasteryDecision = { include: true, passMark: 80 };
const withoutPassMark: MasteryDecision = { include: false, reason: 'no final assessment' };

const input = (edition: ScormEdition, overrides: Partial<ManifestInput> = {}): ManifestInput => ({
  identifiers: manifestIdentifiers('risks-to-children', '0.1.0', edition),
  title: 'Online Safety – Risks to Children',
  files,
  mastery: withPassMark,
  ...overrides,
});

describe.each(SCORM_EDITIONS)('%s manifest', (edition) => {
  const build = builders[edition];

  it.each([
    ['with a pass mark', withPassMark],
    ['without a pass mark', withoutPassMark],
  ])('is valid against the official XSDs %s', (_label, mastery) => {
    const result = validateManifestXsd(build(input(edition, { mastery })), edition);

    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
  });

  it('declares its SCORM version and one SCO launched at index.html that lists every file', () => {
    const manifest = readManifest(build(input(edition)));

    expect(manifest.edition).toBe(edition);
    expect(manifest.schemaversion).toBe(edition === 'scorm12' ? '1.2' : '2004 4th Edition');
    expect(manifest.resources).toHaveLength(1);
    expect(manifest.resources[0]).toMatchObject({ href: 'index.html', scormType: 'sco', type: 'webcontent', files });
    const [item] = manifest.organizations[0]?.items ?? [];
    expect(item?.identifierref).toBe(manifest.resources[0]?.identifier);
    expect(manifest.defaultOrganization).toBe(manifest.organizations[0]?.identifier);
  });

  it('escapes the title rather than breaking the XML', () => {
    const title = 'Risks & <Harms> – “quoted”';
    const xml = build(input(edition, { title }));

    expect(readManifest(xml).organizations[0]?.title).toBe(title);
    expect(validateManifestXsd(xml, edition).valid).toBe(true);
  });

  it('keeps organisation, item and resource identifiers across versions so LMS tracking data carries over', () => {
    const v1 = readManifest(build(input(edition)));
    const v2 = readManifest(build(input(edition, { identifiers: manifestIdentifiers('risks-to-children', '0.2.0', edition) })));

    expect(v2.identifier).not.toBe(v1.identifier);
    expect(v2.version).toBe('0.2.0');
    expect(v2.organizations[0]?.identifier).toBe(v1.organizations[0]?.identifier);
    expect(v2.organizations[0]?.items[0]?.identifier).toBe(v1.organizations[0]?.items[0]?.identifier);
    expect(v2.resources[0]?.identifier).toBe(v1.resources[0]?.identifier);
  });
});

describe('pass mark in the manifest', () => {
  it('is adlcp:masteryscore in SCORM 1.2', () => {
    expect(readManifest(buildScorm12Manifest(input('scorm12'))).organizations[0]?.items[0]?.masteryScore).toBe('80');
    expect(readManifest(buildScorm12Manifest(input('scorm12', { mastery: withoutPassMark }))).organizations[0]?.items[0]?.masteryScore).toBeNull();
  });

  it('is a primary objective satisfied by measure in SCORM 2004', () => {
    const item = readManifest(buildScorm2004Manifest(input('scorm2004', { mastery: { include: true, passMark: 70 } }))).organizations[0]?.items[0];

    expect(item?.primaryObjective).toEqual({ satisfiedByMeasure: 'true', minNormalizedMeasure: '0.7' });
    expect(readManifest(buildScorm2004Manifest(input('scorm2004', { mastery: withoutPassMark }))).organizations[0]?.items[0]?.primaryObjective).toBeNull();
  });
});

describe('the XSD check itself', () => {
  it('rejects the upper-case SCORM 1.2 attribute adlcp:scormType', () => {
    const wrongCase = buildScorm12Manifest(input('scorm12')).replace('adlcp:scormtype=', 'adlcp:scormType=');

    expect(validateManifestXsd(wrongCase, 'scorm12').valid).toBe(false);
  });

  it('rejects scormType="SCO" in SCORM 2004', () => {
    const wrongValue = buildScorm2004Manifest(input('scorm2004')).replace('adlcp:scormType="sco"', 'adlcp:scormType="SCO"');

    expect(validateManifestXsd(wrongValue, 'scorm2004').valid).toBe(false);
  });
});

describe('manifestIdentifiers', () => {
  it('refuses a version longer than the manifest allows, naming package.json', () => {
    expect(() => manifestIdentifiers('demo', '1.0.0-really-long-prerelease', 'scorm12')).toThrow(/package\.json → version/);
  });

  it('turns build metadata into characters an XML ID allows', () => {
    expect(manifestIdentifiers('demo', '1.0.0+build.5', 'scorm2004').manifest).toBe('demo-scorm2004-v1.0.0-build.5');
  });
});
