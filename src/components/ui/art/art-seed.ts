/**
 * Deterministic choices for generated illustrations: the same id always draws the same
 * picture, in every build and on every device, with nothing fetched or stored.
 */

/** FNV-1a, 32 bits: small, fast and well spread for short ids. */
export function artHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One item of a list, picked by a hash and a salt (so several picks from one id differ). */
export function pick<T>(items: readonly T[], hash: number, salt: number): T {
  const mixed = Math.imul(hash ^ Math.imul(salt + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
  const item = items[mixed % items.length];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}
