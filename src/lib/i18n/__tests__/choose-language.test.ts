import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../choose-language';

describe('chooseLanguage', () => {
  const available = ['en-GB', 'cy', 'ur'];

  it('uses the learner preference when the course has it', () => {
    expect(chooseLanguage(available, 'cy')).toBe('cy');
    expect(chooseLanguage(available, 'EN_gb')).toBe('en-GB');
  });

  it('matches on the primary language', () => {
    expect(chooseLanguage(available, 'cy-GB')).toBe('cy');
    expect(chooseLanguage(available, 'en-US')).toBe('en-GB');
  });

  it('falls back to the course source language', () => {
    expect(chooseLanguage(available, 'fr')).toBe('en-GB');
    expect(chooseLanguage(available, null)).toBe('en-GB');
  });
});
