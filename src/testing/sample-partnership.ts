import type { ContentBundle } from '../lib/i18n/content-bundle';
import type { Partnership } from '../course/schema/partnership-schema';

/** A partnership for tests, with a website so every front-door link shows. */
export const samplePartnership: Partnership = {
  id: 'sample',
  locales: ['en-GB'],
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
