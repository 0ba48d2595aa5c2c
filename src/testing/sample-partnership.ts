import type { ContentBundle } from '../lib/i18n/content-bundle';
import type { Partnership } from '../course/schema/partnership-schema';

/** A partnership for tests, with a website so every front-door link shows. */
export const samplePartnership: Partnership = {
  id: 'sample',
  national: false,
  numbersChecked: '2026-12-04',
  locales: ['en-GB'],
  scormVersions: ['scorm12', 'scorm2004'],
  contact: 'safeguarding@example.org',
  frontDoor: { phone: '0123 456 7890', outOfHoursPhone: '0300 123 4567', website: 'https://example.org/report-a-concern' },
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  brandColour: '#1d4f91',
};

/** Its texts (namespace `partnership`), keyed as src/course/text-keys.ts derives them. */
export const samplePartnershipTexts: ContentBundle = {
  name: 'Sampleton Safeguarding Children Partnership',
  frontDoor: {
    name: 'Sampleton children’s services front door',
    description: 'If you are worried about a child in Sampleton, call the front door.',
  },
};

/** The national build for tests: no front door, the national name. */
export const sampleNationalPartnership: Partnership = {
  id: 'national',
  national: true,
  numbersChecked: '2026-12-04',
  locales: ['en-GB'],
  scormVersions: ['scorm12', 'scorm2004'],
  contact: 'https://www.gov.uk/report-child-abuse-to-local-council',
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  brandColour: '#1d4f91',
};

export const sampleNationalTexts: ContentBundle = { name: 'National edition' };
