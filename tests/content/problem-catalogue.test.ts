import { describe, expect, it } from 'vitest';
import { problemCatalogue } from '../../src/course/content/problem-catalogue';

describe('problem catalogue', () => {
  it.each(Object.entries(problemCatalogue))('%s is named after its key, with a title and a hint', (key, entry) => {
    // Names are permanent identifiers that tests and people refer to; a mismatch would make two names for one problem.
    expect(entry.name).toBe(key);
    expect(entry.name).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(entry.title).toMatch(/^[A-Z`].*\.$/);
    expect(entry.hint.length).toBeGreaterThan(10);
  });
});
