import { describe, expect, it } from 'vitest';
import { chooseLanguage, chooseStartLanguage } from '../choose-language';

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

describe('chooseStartLanguage', () => {
  const available = ['en-GB', 'cy', 'ur'];

  it('starts in the LMS learner preference, over the browser', () => {
    expect(chooseStartLanguage(available, { lms: 'ur', browser: ['cy-GB', 'en-GB'] })).toBe('ur');
  });

  it('starts in the browser\'s first language the course has when the LMS has no preference', () => {
    expect(chooseStartLanguage(available, { lms: '', browser: ['pl-PL', 'ur-PK', 'en-GB'] })).toBe('ur');
    expect(chooseStartLanguage(available, { lms: null, browser: ['cy'] })).toBe('cy');
  });

  it('skips an LMS preference the course does not have', () => {
    expect(chooseStartLanguage(available, { lms: 'fr', browser: ['cy'] })).toBe('cy');
  });

  it('starts in the choice the learner made in this course, whatever the LMS and browser say', () => {
    expect(chooseStartLanguage(available, { saved: 'en-GB', lms: 'cy', browser: ['ur'] })).toBe('en-GB');
  });

  it('starts in English when nothing matches', () => {
    expect(chooseStartLanguage(available, { lms: 'de', browser: ['fr-FR', 'es'] })).toBe('en-GB');
    expect(chooseStartLanguage(available, {})).toBe('en-GB');
  });
});
