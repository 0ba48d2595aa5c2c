import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearnerPreferences } from '../../../course/progress/learner-preferences';
import { syncPreferencesWithLms } from '../lms-preferences';
import { connectPreferencesStorage, pickPreferences, usePreferencesStore } from '../preferences-store';
import { resetPreferences } from './reset-preferences';

const fromLms: LearnerPreferences = { textSize: 'larger', highContrast: true, readableFont: false, reducedMotion: false };
const current = () => pickPreferences(usePreferencesStore.getState());
let stop: () => void = () => undefined;

beforeEach(() => {
  resetPreferences();
  connectPreferencesStorage('risks-to-children');
});

afterEach(() => stop());

describe('preferences in the LMS record', () => {
  it('follow the learner: the ones the LMS kept are applied at launch, and kept in this browser too', () => {
    const save = vi.fn();
    stop = syncPreferencesWithLms({ initial: fromLms, save });
    expect(current()).toEqual(fromLms);
    expect(localStorage.getItem('online-safety-course:risks-to-children:preferences')).toContain('"highContrast":true');
    expect(save).not.toHaveBeenCalled();
  });

  it('win over this browser\'s, which may belong to someone else', () => {
    usePreferencesStore.getState().setReadableFont(true);
    stop = syncPreferencesWithLms({ initial: fromLms, save: vi.fn() });
    expect(current().readableFont).toBe(false);
  });

  it('are given this browser\'s choices when the LMS has none yet', () => {
    usePreferencesStore.getState().setTextSize('large');
    const save = vi.fn();
    stop = syncPreferencesWithLms({ initial: undefined, save });
    expect(save).toHaveBeenCalledExactlyOnceWith({ textSize: 'large', highContrast: false, readableFont: false, reducedMotion: false });
  });

  it('are not written at launch when neither has anything but the defaults', () => {
    const save = vi.fn();
    stop = syncPreferencesWithLms({ initial: undefined, save });
    expect(save).not.toHaveBeenCalled();
  });

  it('get every change the learner makes, once', () => {
    const save = vi.fn();
    stop = syncPreferencesWithLms({ initial: undefined, save });
    usePreferencesStore.getState().setHighContrast(true);
    usePreferencesStore.getState().setHighContrast(true);
    expect(save).toHaveBeenCalledExactlyOnceWith({ textSize: 'standard', highContrast: true, readableFont: false, reducedMotion: false });
  });
});
