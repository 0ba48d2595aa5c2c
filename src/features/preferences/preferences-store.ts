import { create } from 'zustand';
import type { LearnerPreferences, TextSize } from '../../course/progress/learner-preferences';
import { defaultPreferences } from './default-preferences';
import { readStoredPreferences } from './stored-preferences';

/**
 * The learner's display preferences, kept in this browser's localStorage per course
 * (never a cookie). Whatever is stored there, the course opens: damaged or foreign
 * data falls back to the defaults and the reason is logged.
 */

export interface PreferencesState extends LearnerPreferences {
  setTextSize(textSize: TextSize): void;
  setHighContrast(on: boolean): void;
  setReadableFont(on: boolean): void;
  setReducedMotion(on: boolean): void;
  /** Replace them all, e.g. with the ones the LMS kept for this learner. */
  restore(preferences: LearnerPreferences): void;
  resetToDefaults(): void;
}

/** Where a course keeps its preferences; the same prefix as standalone progress. */
export const preferencesStorageKey = (courseId: string): string => `online-safety-course:${courseId}:preferences`;

/** Bump, and read the older shape in `migrate`, when the stored shape changes. */
export const PREFERENCES_VERSION = 1;

export type PreferencesLogger = Pick<Console, 'warn'>;

let logger: PreferencesLogger = console;

/** Where the store reports preferences it could not read or keep (the console unless a test says otherwise). */
export function setPreferencesLogger(next: PreferencesLogger): void {
  logger = next;
}

/** The four preferences without the actions: what is stored and compared. */
export const pickPreferences = (state: LearnerPreferences): LearnerPreferences => ({
  textSize: state.textSize,
  highContrast: state.highContrast,
  readableFont: state.readableFont,
  reducedMotion: state.reducedMotion,
});

function browserStorage(): Storage | null {
  try {
    // Reading the property itself throws where storage is blocked (some privacy settings).
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** What localStorage holds: the preferences and the format they were saved in. Same shape as zustand's `persist` wrote. */
interface StoredValue {
  state: unknown;
  version: number | undefined;
}

/**
 * JSON in localStorage that never throws: storage may be blocked or full, and text may be
 * damaged. Its `state` is unchecked here; `connectPreferencesStorage` validates it field by field.
 */
function readStored(name: string): StoredValue | null {
  let text: string | null;
  try {
    text = browserStorage()?.getItem(name) ?? null;
  } catch (error) {
    logger.warn(`Display preferences: localStorage "${name}" could not be read (${String(error)}); the defaults are used.`);
    return null;
  }
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
      logger.warn(`Display preferences: localStorage "${name}" holds ${text.slice(0, 80)}, not saved preferences; the defaults are used.`);
      return null;
    }
    const { state, version } = parsed as { state: unknown; version?: unknown };
    return { state, version: typeof version === 'number' ? version : undefined };
  } catch (error) {
    logger.warn(`Display preferences: localStorage "${name}" is not valid JSON (${String(error)}); the defaults are used.`);
    return null;
  }
}

function writeStored(name: string, preferences: LearnerPreferences): void {
  try {
    const storage = browserStorage();
    if (!storage) throw new Error('localStorage is not available');
    storage.setItem(name, JSON.stringify({ state: preferences, version: PREFERENCES_VERSION }));
  } catch (error) {
    // The preference still applies now; it just will not be remembered in this browser.
    logger.warn(`Display preferences: could not be kept in localStorage "${name}" (${String(error)}).`);
  }
}

export const usePreferencesStore = create<PreferencesState>()((set) => ({
  ...defaultPreferences(),
  setTextSize: (textSize) => set({ textSize }),
  setHighContrast: (highContrast) => set({ highContrast }),
  setReadableFont: (readableFont) => set({ readableFont }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  restore: (preferences) => set(pickPreferences(preferences)),
  resetToDefaults: () => set(defaultPreferences()),
}));

// zustand's `persist` middleware did this before, for about 1 kB gzip on the first screen; reading
// one JSON item and writing it back on change is all this store needs of it.
/** This course's key once connected: nothing is kept before, so no course's choice lands under another's key. */
let storageKey: string | null = null;
/** The store subscription that keeps each change: made on the first connect, and one is enough. */
let writing: (() => void) | null = null;

/** Points the store at this course's key in localStorage and reads what is kept there. */
export function connectPreferencesStorage(courseId: string): void {
  // What is read is not written back: the browser keeps nothing until the learner chooses something.
  storageKey = null;
  const key = preferencesStorageKey(courseId);
  const stored = readStored(key);
  const otherFormat = stored?.version !== undefined && stored.version !== PREFERENCES_VERSION;
  if (otherFormat) {
    logger.warn(`Display preferences: saved in format ${stored.version}, this course reads format ${PREFERENCES_VERSION}; keeping what still fits.`);
  }
  // Defaults are worked out now, not when the module loaded: the OS setting may have changed.
  const defaults = defaultPreferences();
  if (!stored) {
    usePreferencesStore.setState(defaults);
  } else {
    const { preferences, problems } = readStoredPreferences(stored.state, defaults);
    if (problems.length > 0) {
      logger.warn(`Display preferences: some saved settings were unreadable and are back to their defaults: ${problems.join('; ')}.`);
    }
    usePreferencesStore.setState(preferences);
  }
  storageKey = key;
  // Kept again in the current format, so the next launch reads it without a warning.
  if (otherFormat) writeStored(key, pickPreferences(usePreferencesStore.getState()));
  writing ??= usePreferencesStore.subscribe((state) => {
    if (storageKey) writeStored(storageKey, pickPreferences(state));
  });
}
