import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preferencesStorageKey, usePreferencesStore } from '../preferences-store';
import { startPreferences } from '../start-preferences';
import { resetPreferences } from './reset-preferences';

const html = document.documentElement;
let stop: () => void = () => undefined;

beforeEach(() => {
  resetPreferences();
  html.className = '';
});

afterEach(() => stop());

describe('preferences on the page', () => {
  it('are applied to <html> before the course renders, from what this browser kept', () => {
    localStorage.setItem(
      preferencesStorageKey('risks-to-children'),
      JSON.stringify({ state: { textSize: 'larger', highContrast: true, readableFont: true, reducedMotion: true }, version: 1 }),
    );
    stop = startPreferences({ courseId: 'risks-to-children' });
    expect([...html.classList].sort()).toEqual(['high-contrast', 'readable-font', 'reduced-motion', 'text-size-larger']);
  });

  it('leave <html> alone when the learner has chosen nothing', () => {
    stop = startPreferences({ courseId: 'risks-to-children' });
    expect(html.className).toBe('');
  });

  it('change the page the moment a preference changes, one text size at a time', () => {
    stop = startPreferences({ courseId: 'risks-to-children' });
    const state = usePreferencesStore.getState();
    state.setTextSize('large');
    expect(html.classList.contains('text-size-large')).toBe(true);
    state.setTextSize('larger');
    expect(html.classList.contains('text-size-larger')).toBe(true);
    expect(html.classList.contains('text-size-large')).toBe(false);
    state.setTextSize('standard');
    state.setHighContrast(true);
    expect(html.className).toBe('high-contrast');
    state.setHighContrast(false);
    expect(html.className).toBe('');
  });

  it('never set inline styles, which the strict Content Security Policy would block', () => {
    stop = startPreferences({ courseId: 'risks-to-children' });
    usePreferencesStore.getState().restore({ textSize: 'larger', highContrast: true, readableFont: true, reducedMotion: true });
    expect(html.getAttribute('style')).toBeNull();
  });

  it('keep other classes on <html> that are not theirs', () => {
    html.classList.add('js');
    stop = startPreferences({ courseId: 'risks-to-children' });
    usePreferencesStore.getState().setHighContrast(true);
    usePreferencesStore.getState().setHighContrast(false);
    expect(html.className).toBe('js');
  });
});
