import { create } from 'xmlbuilder2';
import { LAUNCH_FILE, SCORM12, XMLNS, XSI } from './manifest-namespaces';
import type { ManifestInput } from './manifest-input';

/**
 * imsmanifest.xml for SCORM 1.2 (ADL SCORM 1.2 CAM, IMS CP 1.1.2): one organisation,
 * one item, one SCO resource launched at index.html that lists every file.
 * Note the lower-case `adlcp:scormtype` (1.2) against `adlcp:scormType` in 2004.
 */
export function buildScorm12Manifest(input: ManifestInput): string {
  const { identifiers: ids } = input;
  const manifest = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(SCORM12.imscp, 'manifest', { identifier: ids.manifest, version: ids.version })
    .att(XMLNS, 'xmlns:adlcp', SCORM12.adlcp)
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(
      XSI,
      'xsi:schemaLocation',
      `${SCORM12.imscp} imscp_rootv1p1p2.xsd ${SCORM12.imsmd} imsmd_rootv1p2p1.xsd ${SCORM12.adlcp} adlcp_rootv1p2.xsd`,
    );

  if (input.buildNote) manifest.com(` ${input.buildNote.replaceAll('--', '–')} `);
  manifest.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt(SCORM12.schemaversion);

  const item = manifest
    .ele('organizations', { default: ids.organization })
    .ele('organization', { identifier: ids.organization })
    .ele('title')
    .txt(input.title)
    .up()
    .ele('item', { identifier: ids.item, identifierref: ids.resource, isvisible: 'true' });
  item.ele('title').txt(input.title);
  if (input.mastery.include) item.ele(SCORM12.adlcp, 'adlcp:masteryscore').txt(String(input.mastery.passMark));

  const resource = manifest
    .ele('resources')
    .ele('resource', { identifier: ids.resource, type: 'webcontent', href: LAUNCH_FILE })
    .att(SCORM12.adlcp, 'adlcp:scormtype', 'sco');
  for (const file of input.files) resource.ele('file', { href: file });

  return `${manifest.end({ prettyPrint: true })}\n`;
}
