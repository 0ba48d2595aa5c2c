import { describe, expect, it } from 'vitest';
import { progressLocation } from './location';
import { emptyModuleProgress, emptyProgress } from './progress-record';

describe('progressLocation', () => {
  it.each([
    [{ at: 'intro' as const }, 'contact.intro'],
    [{ at: 'step' as const, stepId: 'how-grooming-works' }, 'contact.step.how-grooming-works'],
    [{ at: 'summary' as const }, 'contact.summary'],
  ])('bookmarks %o in the open module as "%s"', (position, location) => {
    const progress = { ...emptyProgress(), modules: { contact: { ...emptyModuleProgress(), position } }, openModuleId: 'contact' };
    expect(progressLocation(progress)).toBe(location);
  });

  it('bookmarks the menu when no module is open', () => {
    expect(progressLocation(emptyProgress())).toBe('menu');
  });

  it('stays within SCORM 1.2\'s 255 characters for the longest ids', () => {
    const id = `a${'-b'.repeat(19)}c`.slice(0, 40);
    const progress = { ...emptyProgress(), modules: { [id]: { ...emptyModuleProgress(), position: { at: 'step' as const, stepId: id } } }, openModuleId: id };
    expect(progressLocation(progress).length).toBeLessThanOrEqual(255);
  });
});
