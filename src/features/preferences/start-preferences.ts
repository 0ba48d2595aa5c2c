import { applyPreferences } from './document-preferences';
import { connectPreferencesStorage, pickPreferences, usePreferencesStore } from './preferences-store';

export interface StartPreferencesOptions {
  courseId: string;
  /** The element the preference classes go on; <html> unless a test says otherwise. */
  root?: HTMLElement;
}

/**
 * Reads the preferences this browser keeps for the course and applies them to the
 * page at once, then again on every change. Call before the first render, so the
 * course never flashes up in the wrong colours or size. Returns a function that stops.
 */
export function startPreferences({ courseId, root = document.documentElement }: StartPreferencesOptions): () => void {
  connectPreferencesStorage(courseId);
  applyPreferences(root, pickPreferences(usePreferencesStore.getState()));
  return usePreferencesStore.subscribe((state) => applyPreferences(root, pickPreferences(state)));
}
