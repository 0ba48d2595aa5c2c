import { create } from 'xmlbuilder2';
import { LAUNCH_FILE, SCORM2004, XMLNS, XSI } from './manifest-namespaces';
import { passMarkAsNormalizedMeasure } from './mastery';
import type { ManifestInput } from './manifest-input';

/** Id of the item's primary objective; dotted so it can never equal a module objective id reported at run time. */
export const PRIMARY_OBJECTIVE_ID = 'course.pass';

/**
 * imsmanifest.xml for SCORM 2004 4th Edition: one organisation, one item, one SCO.
 * Sequencing is kept to what a single SCO needs:
 * - on the organisation, `controlMode flow="true"` so a full sequencer can start the
 *   course by itself (with the default flow="false" a Start request has nowhere to go
 *   and the learner would have to pick the item from a menu);
 * - on the item, deliveryControls saying the content sets completion and success,
 *   and, when the pass mark is stated (see ./mastery.ts), a primary objective
 *   satisfied by score.scaled ≥ pass mark / 100.
 */
export function buildScorm2004Manifest(input: ManifestInput): string {
  const { identifiers: ids } = input;
  const manifest = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(SCORM2004.imscp, 'manifest', { identifier: ids.manifest, version: ids.version })
    .att(XMLNS, 'xmlns:adlcp', SCORM2004.adlcp)
    .att(XMLNS, 'xmlns:adlseq', SCORM2004.adlseq)
    .att(XMLNS, 'xmlns:adlnav', SCORM2004.adlnav)
    .att(XMLNS, 'xmlns:imsss', SCORM2004.imsss)
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(
      XSI,
      'xsi:schemaLocation',
      [
        `${SCORM2004.imscp} imscp_v1p1.xsd`,
        `${SCORM2004.adlcp} adlcp_v1p3.xsd`,
        `${SCORM2004.adlseq} adlseq_v1p3.xsd`,
        `${SCORM2004.adlnav} adlnav_v1p3.xsd`,
        `${SCORM2004.imsss} imsss_v1p0.xsd`,
      ].join(' '),
    );

  if (input.buildNote) manifest.com(` ${input.buildNote.replaceAll('--', '–')} `);
  manifest.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt(SCORM2004.schemaversion);

  const organization = manifest
    .ele('organizations', { default: ids.organization })
    .ele('organization', { identifier: ids.organization });
  organization.ele('title').txt(input.title);

  const item = organization.ele('item', { identifier: ids.item, identifierref: ids.resource });
  item.ele('title').txt(input.title);
  const itemSequencing = item.ele(SCORM2004.imsss, 'imsss:sequencing');
  if (input.mastery.include) {
    itemSequencing
      .ele(SCORM2004.imsss, 'imsss:objectives')
      .ele(SCORM2004.imsss, 'imsss:primaryObjective', { objectiveID: PRIMARY_OBJECTIVE_ID, satisfiedByMeasure: 'true' })
      .ele(SCORM2004.imsss, 'imsss:minNormalizedMeasure')
      .txt(passMarkAsNormalizedMeasure(input.mastery.passMark));
  }
  itemSequencing.ele(SCORM2004.imsss, 'imsss:deliveryControls', {
    completionSetByContent: 'true',
    objectiveSetByContent: 'true',
  });

  organization.ele(SCORM2004.imsss, 'imsss:sequencing').ele(SCORM2004.imsss, 'imsss:controlMode', { choice: 'true', flow: 'true' });

  const resource = manifest
    .ele('resources')
    .ele('resource', { identifier: ids.resource, type: 'webcontent', href: LAUNCH_FILE })
    .att(SCORM2004.adlcp, 'adlcp:scormType', 'sco');
  for (const file of input.files) resource.ele('file', { href: file });

  return `${manifest.end({ prettyPrint: true })}\n`;
}
