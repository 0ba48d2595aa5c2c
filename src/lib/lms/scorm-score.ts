import type { Element } from './scorm-port';

/**
 * Score elements on the 0..100 scale both versions share (Moodle grades from raw);
 * SCORM 2004 also gets score.scaled (-1..1).
 */
export const scoreElements = (prefix: string, percent: number | null, options: { scaled: boolean }): Element[] =>
  percent === null
    ? []
    : [
        ...(options.scaled ? ([[`${prefix}.scaled`, String(percent / 100)]] as Element[]) : []),
        [`${prefix}.min`, '0'],
        [`${prefix}.max`, '100'],
        [`${prefix}.raw`, String(percent)],
      ];

/** A score the LMS gave back, or null when it holds none (or nonsense). */
export const parseScore = (value: string | null): number | null => {
  const n = value === null || value === '' ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : null;
};
