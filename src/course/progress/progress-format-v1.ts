import { checksum } from './codec-alphabet';

/**
 * Version 1 of the saved-progress format: what the writer and the reader share. The
 * grammar, with examples, is in docs/progress-format.md; change the two together.
 * Writing needs only the record and the salt; reading needs the content, to turn keys
 * back into ids and to drop what no longer exists, so the reader is loaded only when
 * there is saved progress to read.
 */

export const V1 = 1;
/**
 * Version 2 is version 1 plus scenario attempts in module sections (`*` scenarioKey
 * earlier bestScore). Text that holds none is still written as version 1, so a record
 * of a learner who never tried another path reads in builds that predate version 2.
 */
export const V2 = 2;
/**
 * Version 3 is version 2 plus the course section (`C`: time spent and the course version,
 * progress-codec-course.ts). Text without it is still written as version 1 or 2.
 */
export const V3 = 3;
export const ATTEMPT_COUNT_WIDTH = 1;
export const ATTEMPT_SCORE_WIDTH = 1;
export const MAX_ATTEMPT_COUNT = 64 ** ATTEMPT_COUNT_WIDTH - 1;
export const MAX_ATTEMPT_SCORE = 64 ** ATTEMPT_SCORE_WIDTH - 1;
export const SEED_WIDTH = 6;
export const SCORE_WIDTH = 2;
export const NO_SCORE = 64 ** SCORE_WIDTH - 1;

/** `Q` (no body): the learner was in the final assessment's unfinished attempt. */
export const SECTION = { header: 'H', module: 'M', assessment: 'A', assessmentOpen: 'Q' } as const;
export const POSITION_KIND = { intro: 0, step: 1, summary: 2 } as const;
export const RESPONSE_TAG = {
  'single-choice': 's',
  'multiple-choice': 'm',
  true: 't',
  false: 'f',
  ordering: 'o',
  matching: 'p',
} as const;

export const seal = (body: string): string => body + checksum(body);

/** A section's body if its checksum holds, else null. */
export function unseal(section: string): string | null {
  const body = section.slice(0, -2);
  return section.length > 2 && checksum(body) === section.slice(-2) ? body : null;
}
