import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * A local safeguarding children partnership's own settings (partnerships/<id>/partnership.yaml).
 * The course is built for one partnership: its children's services front door is
 * signposted on every screen, so a build without those numbers is refused.
 */

/** A UK phone number as people dial it: digits and single spaces, e.g. "0208 461 7309" or "999". */
export const PhoneSchema = z
  .string()
  .regex(/^(?:\d{3}|0\d{2,4}(?: ?\d{2,4}){1,3})$/, { message: 'must be a UK phone number of digits and spaces, e.g. "0208 461 7309"' });

const HttpsUrlSchema = z.url({ protocol: /^https$/, message: 'must be a full https:// address' });

/** A colour as six-digit hex, e.g. "#1d4f91". */
export const HexColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a colour like "#1d4f91"' });

export const PartnershipSchema = z.strictObject({
  id: IdSchema,
  /** Locales the partnership's texts are written in; must cover every locale of the courses built for it. */
  locales: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1),
  frontDoor: z.strictObject({
    /** Children's services front door (MASH) in office hours. */
    phone: PhoneSchema,
    /** Emergency duty team out of hours. */
    outOfHoursPhone: PhoneSchema,
    /** The partnership's page on reporting a concern. */
    website: HttpsUrlSchema.optional(),
  }),
  /** Where quick exit takes the learner: a neutral page. */
  quickExitUrl: HttpsUrlSchema.default('https://www.bbc.co.uk/weather'),
  /** Brand colour for the header and buttons; white text must read on it (WCAG AA, 4.5:1). */
  brandColour: HexColourSchema.default('#1d4f91'),
});
export type Partnership = z.infer<typeof PartnershipSchema>;
