import { vi } from 'vitest';
import { setPreferencesLogger, usePreferencesStore, type PreferencesLogger } from '../preferences-store';

/**
 * The store is a module singleton: put it back to the defaults before a test and
 * collect its warnings instead of printing them. The storage it wrote to is cleared
 * after every test by src/testing/setup-dom.ts.
 */
export function resetPreferences(): PreferencesLogger & { warn: ReturnType<typeof vi.fn> } {
  const logger = { warn: vi.fn() };
  setPreferencesLogger(logger);
  usePreferencesStore.setState(usePreferencesStore.getInitialState(), true);
  localStorage.clear();
  return logger;
}
