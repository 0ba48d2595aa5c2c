import { hashString } from '../random';
import { encodeInt } from './codec-alphabet';

/**
 * Saved progress names content by short keys derived from ids (never by position),
 * so reordering, adding or removing content does not shift what a key means. A key
 * is 2 digits (4,096 values; 3 for final-assessment questions) hashed from the id and a salt; only ids that can stand
 * in the same place (a "scope", e.g. the options of one question) need distinct keys,
 * and the salt is chosen so that they are distinct for the current content (progress-keys.ts).
 */

export const KEY_WIDTH = 2;
/** Final-assessment answers name questions from several modules' banks: a wider scope, a wider key. */
export const ASSESSMENT_QUESTION_KEY_WIDTH = 3;

export function contentKey(id: string, salt: number, width: number = KEY_WIDTH): string {
  let h = hashString(`${salt}:${id}`);
  // FNV-1a's low bits mix poorly; fold the high bits in before taking 12 of them.
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return encodeInt((h >>> 0) % 64 ** width, width);
}

export type Resolved = { ok: true; id: string } | { ok: false; reason: 'gone' | 'ambiguous' };

/** The id in `ids` whose key is `key`: gone if none, ambiguous if several. */
export function resolveKey(ids: readonly string[], key: string, salt: number, width: number = KEY_WIDTH): Resolved {
  const matches = [...new Set(ids)].filter((id) => contentKey(id, salt, width) === key);
  if (matches.length === 1) return { ok: true, id: matches[0] as string };
  return { ok: false, reason: matches.length === 0 ? 'gone' : 'ambiguous' };
}
