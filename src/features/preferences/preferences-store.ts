import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
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

/**
 * JSON in localStorage that never throws: storage may be blocked or full, and text
 * may be damaged. Its `state` is unchecked here; `merge` validates it field by field.
 */
const safeJsonStorage: PersistStorage<LearnerPreferences> = {
  getItem(name) {
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
      // The state is only checked in `merge`, which receives it as unknown.
      return { state: state as LearnerPreferences, version: typeof version === 'number' ? version : undefined } satisfies StorageValue<LearnerPreferences>;
    } catch (error) {
      logger.warn(`Display preferences: localStorage "${name}" is not valid JSON (${String(error)}); the defaults are used.`);
      return null;
    }
  },
  setItem(name, value) {
    try {
      const storage = browserStorage();
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(name, JSON.stringify(value));
    } catch (error) {
      // The preference still applies now; it just will not be remembered in this browser.
      logger.warn(`Display preferences: could not be kept in localStorage "${name}" (${String(error)}).`);
    }
  },
  removeItem(name) {
    try {
      browserStorage()?.removeItem(name);
    } catch {
      // Nothing to undo: the item stays, and is validated when read.
    }
  },
};

export const usePreferencesStore = create<PreferencesState>()(
  persist<PreferencesState, [], [], LearnerPreferences>(
    (set) => ({
      ...defaultPreferences(),
      setTextSize: (textSize) => set({ textSize }),
      setHighContrast: (highContrast) => set({ highContrast }),
      setReadableFont: (readableFont) => set({ readableFont }),
      setReducedMotion: (reducedMotion) => set({ reducedMotion }),
      restore: (preferences) => set(pickPreferences(preferences)),
      resetToDefaults: () => set(defaultPreferences()),
    }),
    {
      // Replaced with the course's key by `connectPreferencesStorage` before anything is read or written.
      name: preferencesStorageKey('unknown-course'),
      version: PREFERENCES_VERSION,
      storage: safeJsonStorage,
      skipHydration: true,
      partialize: pickPreferences,
      migrate(persisted, version) {
        logger.warn(`Display preferences: saved in format ${version}, this course reads format ${PREFERENCES_VERSION}; keeping what still fits.`);
        return persisted as LearnerPreferences;
      },
      // Defaults are worked out now, not when the module loaded: the OS setting may have changed.
      merge(persisted, current) {
        const defaults = defaultPreferences();
        if (persisted === undefined) return { ...current, ...defaults };
        const { preferences, problems } = readStoredPreferences(persisted, defaults);
        if (problems.length > 0) {
          logger.warn(`Display preferences: some saved settings were unreadable and are back to their defaults: ${problems.join('; ')}.`);
        }
        return { ...current, ...preferences };
      },
    },
  ),
);

/** Points the store at this course's key in localStorage and reads what is kept there. */
export function connectPreferencesStorage(courseId: string): void {
  usePreferencesStore.persist.setOptions({ name: preferencesStorageKey(courseId) });
  // localStorage is synchronous, so the preferences are in the store when this returns.
  void usePreferencesStore.persist.rehydrate();
}
