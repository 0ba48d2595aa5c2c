import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * A local safeguarding children partnership's own settings (partnerships/<id>/partnership.yaml),
 * or the neutral national build (`national: true`, no local numbers). The course is built for
 * one of them: a local partnership's children's services front door is signposted on every
 * screen, so a local build without those numbers is refused (partnership-checks.ts).
 */

/** A UK phone number as people dial it: digits and single spaces, e.g. "0123 456 7890" or "999". */
export const PhoneSchema = z
  .string()
  .regex(/^(?:\d{3}|0\d{2,4}(?: ?\d{2,4}){1,3})$/, { message: 'must be a UK phone number of digits and spaces, e.g. "0123 456 7890"' });

const HttpsUrlSchema = z.url({ protocol: /^https$/, message: 'must be a full https:// address' });

/** Where to raise a concern or an accessibility problem: an email address or an https:// page. */
export const ContactSchema = z.string().refine((value) => isEmail(value) || isHttpsUrl(value), {
  message: 'must be an email address or a full https:// address',
});

// One check, not a zod union: a union's problem would lose the field's line in the file.
const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
const isHttpsUrl = (value: string): boolean => HttpsUrlSchema.safeParse(value).success;

/** A colour as six-digit hex, e.g. "#1d4f91". */
export const HexColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a colour like "#1d4f91"' });

/** A calendar date, YYYY-MM-DD (quoted or not: the YAML reader keeps it as text). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date written YYYY-MM-DD, e.g. "2026-12-04"' });

/** The SCORM editions a build can be packaged as (scorm/package/lms-variant.ts). */
export const SCORM_VERSIONS = ['scorm12', 'scorm2004'] as const;

/**
 * The lowest and highest pass mark a partnership may set for a course's final assessment:
 * below half, passing says little about what was learnt.
 */
export const PASS_MARK_BOUNDS = { min: 50, max: 100 } as const;

export const PartnershipSchema = z.strictObject({
  id: IdSchema,
  /** The neutral national build: no local front door; learners are pointed to GOV.UK to find their council. */
  national: z.boolean().default(false),
  /**
   * The date every number and address in this folder was last checked against the partnership's
   * own published pages. A build warns when it is over 6 months old and fails over 12.
   */
  numbersChecked: IsoDateSchema,
  /**
   * The languages to ship, each with the partnership's texts in locales/<locale>.yaml. A build
   * ships those of the course's languages listed here; the course's source language must be one.
   */
  locales: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1),
  /** Which courses to build for the partnership (folders under modules/courses/); every course when left out. */
  courses: z.array(IdSchema).min(1).optional(),
  /** Which SCORM zips to make. */
  scormVersions: z.array(z.enum(SCORM_VERSIONS)).min(1).default([...SCORM_VERSIONS]),
  /** Final-assessment pass marks, by course id, replacing the course's own. */
  passMarks: z.record(IdSchema, z.number().int().min(PASS_MARK_BOUNDS.min).max(PASS_MARK_BOUNDS.max)).optional(),
  /** A local partnership's children's services front door; a national build has none. */
  frontDoor: z
    .strictObject({
      /** Children's services front door (MASH) in office hours. */
      phone: PhoneSchema,
      /** Emergency duty team out of hours. */
      outOfHoursPhone: PhoneSchema,
      /** The partnership's page on reporting a concern. */
      website: HttpsUrlSchema.optional(),
    })
    .optional(),
  /** Whom to contact about the course itself (the accessibility statement's contact): an email address or a web page. */
  contact: ContactSchema,
  /** Where quick exit takes the learner: a neutral page. */
  quickExitUrl: HttpsUrlSchema.default('https://www.bbc.co.uk/weather'),
  /** Brand colour for the header and buttons; white text must read on it (WCAG AA, 4.5:1). */
  brandColour: HexColourSchema.default('#1d4f91'),
  /** The partnership's logo, a file in its folder (SVG or PNG); its alt text is `logoAlt` in the locale files. */
  logo: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*\.(svg|png)$/, { message: 'must be an SVG or PNG file in the partnership folder, e.g. "logo.svg"' })
    .optional(),
});
export type Partnership = z.infer<typeof PartnershipSchema>;
