import { describe, expect, it } from 'vitest';
import { languageName } from '../language-name';

describe('languageName', () => {
  it('names each shipped language in itself, whatever the browser has', () => {
    expect(['en-GB', 'cy', 'ur'].map(languageName)).toEqual(['English', 'Cymraeg', 'اردو']);
  });

  it('asks the browser for another language, and shows the tag when it has no name for it', () => {
    expect(languageName('fr')).toBe('Français');
    expect(languageName('zz')).toBe('zz');
  });
});
