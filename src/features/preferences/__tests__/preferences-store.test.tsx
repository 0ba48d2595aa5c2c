import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPreferencesStorage, pickPreferences, PREFERENCES_VERSION, preferencesStorageKey, usePreferencesStore } from '../preferences-store';
import { stubReducedMotion } from './match-media-stub';
import { resetPreferences } from './reset-preferences';

const COURSE = 'risks-to-children';
const KEY = preferencesStorageKey(COURSE);

const current = () => pickPreferences(usePreferencesStore.getState());
const store = (value: unknown) => localStorage.setItem(KEY, typeof value === 'string' ? value : JSON.stringify(value));
const stored = (): unknown => JSON.parse(localStorage.getItem(KEY) ?? 'null');

let logger: ReturnType<typeof resetPreferences>;
let media: { restore(): void } | undefined;

beforeEach(() => {
  logger = resetPreferences();
});

afterEach(() => {
  media?.restore();
  media = undefined;
  vi.restoreAllMocks();
});

describe('preferences: defaults', () => {
  it('start at standard size, usual colours and font, when nothing is stored', () => {
    connectPreferencesStorage(COURSE);
    expect(current()).toEqual({ textSize: 'standard', highContrast: false, readableFont: false, reducedMotion: false });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('reduce motion when the operating system asks for it', () => {
    media = stubReducedMotion(true);
    connectPreferencesStorage(COURSE);
    expect(current().reducedMotion).toBe(true);
  });

  it('do not reduce motion when the operating system does not ask', () => {
    media = stubReducedMotion(false);
    connectPreferencesStorage(COURSE);
    expect(current().reducedMotion).toBe(false);
  });

  it('write nothing to the browser until the learner chooses something', () => {
    connectPreferencesStorage(COURSE);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe('preferences: kept in this browser', () => {
  it('are stored under the course\'s own key, with a format version, and no cookie', () => {
    connectPreferencesStorage(COURSE);
    usePreferencesStore.getState().setTextSize('larger');
    usePreferencesStore.getState().setHighContrast(true);
    expect(KEY).toBe('online-safety-course:risks-to-children:preferences');
    expect(stored()).toEqual({
      state: { textSize: 'larger', highContrast: true, readableFont: false, reducedMotion: false },
      version: PREFERENCES_VERSION,
    });
    expect(document.cookie).toBe('');
  });

  it('come back on the next launch', async () => {
    connectPreferencesStorage(COURSE);
    usePreferencesStore.getState().setReadableFont(true);
    usePreferencesStore.getState().setTextSize('large');
    // A relaunch: the code loads afresh, with a new store, and reads storage again.
    vi.resetModules();
    const relaunched = await import('../preferences-store');
    relaunched.connectPreferencesStorage(COURSE);
    expect(relaunched.pickPreferences(relaunched.usePreferencesStore.getState())).toEqual({
      textSize: 'large',
      highContrast: false,
      readableFont: true,
      reducedMotion: false,
    });
  });

  it('are kept apart for each course', () => {
    connectPreferencesStorage(COURSE);
    usePreferencesStore.getState().setHighContrast(true);
    connectPreferencesStorage('parents-and-carers');
    expect(current().highContrast).toBe(false);
  });

  it('go back to the defaults on request, and that is remembered', () => {
    connectPreferencesStorage(COURSE);
    usePreferencesStore.getState().setHighContrast(true);
    usePreferencesStore.getState().resetToDefaults();
    expect(current()).toEqual({ textSize: 'standard', highContrast: false, readableFont: false, reducedMotion: false });
    expect(stored()).toMatchObject({ state: { highContrast: false } });
  });
});

describe('preferences: damaged or foreign data never stops the course', () => {
  it('uses the defaults when the stored text is not JSON, and says why', () => {
    store('{"state": {"textSize": "lar');
    connectPreferencesStorage(COURSE);
    expect(current()).toEqual({ textSize: 'standard', highContrast: false, readableFont: false, reducedMotion: false });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`"${KEY}" is not valid JSON`)));
  });

  it('keeps the readable settings and names each one it could not read', () => {
    store({ state: { textSize: 'huge', highContrast: true, readableFont: 'yes' }, version: PREFERENCES_VERSION });
    connectPreferencesStorage(COURSE);
    expect(current()).toEqual({ textSize: 'standard', highContrast: true, readableFont: false, reducedMotion: false });
    const [message] = logger.warn.mock.calls[0] as [string];
    expect(message).toContain('textSize: expected one of "standard", "large", "larger" (found "huge")');
    expect(message).toContain('readableFont: expected true or false (found "yes")');
  });

  it.each([
    ['a list', [1, 2, 3]],
    ['a bare JSON string', '"high contrast"'],
    ['an object of something else', { theme: 'dark' }],
  ])('uses the defaults for %s, and says so', (_, value) => {
    store(value);
    connectPreferencesStorage(COURSE);
    expect(current()).toEqual({ textSize: 'standard', highContrast: false, readableFont: false, reducedMotion: false });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('not saved preferences'));
  });

  it('uses the defaults when the stored preferences are not an object', () => {
    store({ state: 'large', version: PREFERENCES_VERSION });
    connectPreferencesStorage(COURSE);
    expect(current().textSize).toBe('standard');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('expected an object of preferences, found "large"'));
  });

  it('reads what still fits from another format version, says so, and stores it in the current one', () => {
    store({ state: { textSize: 'larger', highContrast: true }, version: 0 });
    connectPreferencesStorage(COURSE);
    expect(current()).toMatchObject({ textSize: 'larger', highContrast: true });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('saved in format 0'));
    expect(stored()).toMatchObject({ version: PREFERENCES_VERSION, state: { textSize: 'larger', highContrast: true } });
  });

  it('still applies a change when the browser refuses to store it (storage full or blocked), and says why', () => {
    connectPreferencesStorage(COURSE);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => usePreferencesStore.getState().setHighContrast(true)).not.toThrow();
    expect(current().highContrast).toBe(true);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('could not be kept in localStorage'));
  });

  it('uses the defaults when the browser refuses to read storage', () => {
    store({ state: { highContrast: true }, version: PREFERENCES_VERSION });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    connectPreferencesStorage(COURSE);
    expect(current().highContrast).toBe(false);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'));
  });
});
