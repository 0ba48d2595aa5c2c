/**
 * Seeded randomness, so a question draw or shuffle is the same every time it is
 * rebuilt from saved progress (a resumed attempt shows the same questions in the
 * same order) and tests are repeatable.
 */

/** mulberry32: small, fast, good enough for shuffling quiz questions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to derive seeds from ids. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * Shuffle so the result differs from the original order when it can, so an
 * ordering question never starts already solved.
 */
export function shuffleAwayFromOrder<T>(items: readonly T[], seed: number): T[] {
  if (items.length < 2) return [...items];
  const shuffled = shuffle(items, seed);
  if (shuffled.every((x, i) => x === items[i])) return [...shuffled.slice(1), shuffled[0] as T];
  return shuffled;
}

/** Draw `count` items without replacement, in random order. */
export function draw<T>(items: readonly T[], count: number, seed: number): T[] {
  return shuffle(items, seed).slice(0, Math.min(count, items.length));
}
