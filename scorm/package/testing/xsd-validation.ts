import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormEdition } from '../lms-variant';

/**
 * Schema validation of manifests with xmllint against the official XSD sets in
 * ../shared/xsd (see its README.md). Tests only: the packages never need the XSDs.
 * SCORM_XSD_DIR overrides the location.
 */
export const xsdDir = (): string =>
  process.env['SCORM_XSD_DIR'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/xsd');

export interface XsdResult {
  valid: boolean;
  /** xmllint's messages (file name, line, element, reason). */
  output: string;
}

export function validateManifestXsd(manifestXml: string, edition: ScormEdition): XsdResult {
  if (!existsSync(xsdDir())) throw new Error(`The SCORM XSD set is not at ${xsdDir()}; set SCORM_XSD_DIR to the shared xsd/ folder.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-xsd-'));
  try {
    const file = path.join(dir, 'imsmanifest.xml');
    writeFileSync(file, manifestXml);
    const schema =
      edition === 'scorm12' ? path.join(xsdDir(), 'scorm12', 'scorm12-all.xsd') : path.join(xsdDir(), 'scorm2004-4th', 'scorm2004-4th-all.xsd');
    // The 2004 set imports http://www.w3.org/2001/xml.xsd; the catalogue maps it to the local copy (--nonet).
    const env = edition === 'scorm2004' ? { ...process.env, XML_CATALOG_FILES: path.join(xsdDir(), 'scorm2004-4th', 'catalog.xml') } : process.env;
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8', env });
    if (run.error) throw new Error(`Could not run xmllint (Debian package libxml2-utils): ${run.error.message}`);
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
