import { describe, expect, it } from 'vitest';
import { uiStrings, uiText } from './ui-text';

describe('uiText', () => {
  it('gives the accessible name of a menu button: values filled in, hidden markers dropped', () => {
    expect(uiText(uiStrings.menu.start, { title: 'Contact: grooming and sextortion' })).toBe('Start Contact: grooming and sextortion');
  });

  it('has the texts of a section split across the parts: the completion heading (first screen) and its body (with the module screens)', () => {
    expect(uiStrings.complete.title).toBe('Course complete');
    expect(uiStrings.complete.whatNext).toBeTruthy();
  });

  it('leaves a placeholder without a value as it is, so a mismatch is visible in errors', () => {
    expect(uiText('Question {{current}} of {{total}}', { current: 2 })).toBe('Question 2 of {{total}}');
  });
});
