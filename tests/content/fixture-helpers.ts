import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Fixture roots relative to the project root, as problems name them. */
export const FIXTURES = 'tests/content/fixtures';
export const fixtureRoot = (name: string): string => `${FIXTURES}/${name}`;
export const invalidFixtureRoot = (name: string): string => `${FIXTURES}/invalid/${name}`;

/**
 * The 1-based line of `file` whose trimmed text is exactly `text`; throws unless
 * there is exactly one, so an expectation can never silently point at the wrong line.
 */
export function lineOf(file: string, text: string): number {
  const lines = readFileSync(path.resolve(file), 'utf8').split('\n');
  const matches = lines.flatMap((line, i) => (line.trim() === text ? [i + 1] : []));
  if (matches.length !== 1) throw new Error(`Expected exactly one line "${text}" in ${file}, found ${matches.length}`);
  return matches[0] ?? 0;
}
