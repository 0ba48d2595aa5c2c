import { hashString } from '../random';

/**
 * The characters saved progress is written in. Every one of them passes unchanged
 * through URL encoding, form encoding, HTML escaping, SQL quoting and JSON, which is
 * what LMSs do to suspend_data on its way to the database and back.
 */
export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Structural marks; never digits, so they can delimit runs of digits. */
export const MARK = {
  /** Separates sections. */
  section: '.',
  /** Starts a scenario path in a module section. */
  scenario: '~',
  /** Starts an answer. */
  answer: '!',
  /** Starts an attempt in the assessment section. */
  attempt: '*',
} as const;

const DIGIT_VALUE = new Map([...DIGITS].map((ch, i) => [ch, i]));

/** A non-negative integer as exactly `width` base-64 digits (most significant first). */
export function encodeInt(value: number, width: number): string {
  let rest = Math.floor(value);
  let text = '';
  for (let i = 0; i < width; i++) {
    text = DIGITS[rest % 64] + text;
    rest = Math.floor(rest / 64);
  }
  return text;
}

/** The integer written by `encodeInt`, or null if any character is not a digit. */
export function decodeInt(text: string): number | null {
  let value = 0;
  for (const ch of text) {
    const digit = DIGIT_VALUE.get(ch);
    if (digit === undefined) return null;
    value = value * 64 + digit;
  }
  return value;
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT_VALUE.has(ch);

/** Two digits (12 bits) that change when a section is truncated, spliced or mangled. */
export const checksum = (body: string): string => encodeInt(hashString(body) & 0xfff, 2);
