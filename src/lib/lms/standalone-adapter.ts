import type { StartInfo, TrackingEvent, TrackingLogger, TrackingPort } from './tracking-port';

/**
 * Tracking without an LMS (the course opened from a web server or a zip outside
 * an LMS): progress is kept in this browser's localStorage, per course, and
 * nothing else is recorded. No cookies, no network.
 */

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

interface Saved {
  suspendData: string;
  location: string;
}

export const standaloneStorageKey = (courseId: string): string => `online-safety-course:${courseId}:progress`;

const isSaved = (value: unknown): value is Saved =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)['suspendData'] === 'string' &&
  typeof (value as Record<string, unknown>)['location'] === 'string';

export interface StandalonePortOptions {
  courseId: string;
  /** Defaults to window.localStorage, if the browser allows it. */
  storage?: ProgressStorage | null;
  logger: TrackingLogger;
}

function browserStorage(): ProgressStorage | null {
  try {
    // Reading the property itself throws where storage is blocked (some privacy settings).
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createStandalonePort({ courseId, storage = browserStorage(), logger }: StandalonePortOptions): TrackingPort {
  const key = standaloneStorageKey(courseId);
  const listeners = new Set<(event: TrackingEvent) => void>();
  let failing = false;
  let last: Saved | null = null;

  const emit = (event: TrackingEvent) => listeners.forEach((listener) => listener(event));

  function write(saved: Saved): boolean {
    try {
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(key, JSON.stringify(saved));
      if (failing) {
        failing = false;
        emit({ type: 'recovered' });
      }
      return true;
    } catch (error) {
      logger.warn(`Tracking: progress could not be stored in this browser: ${String(error)}`);
      failing = true;
      emit({ type: 'problem', problem: { reason: 'storage-unavailable', detail: String(error) } });
      return false;
    }
  }

  function read(): Saved | null {
    try {
      const text = storage?.getItem(key);
      if (!text) return null;
      const parsed: unknown = JSON.parse(text);
      if (isSaved(parsed)) return parsed;
      logger.warn(`Tracking: ignoring unreadable saved progress under "${key}".`);
    } catch (error) {
      logger.warn(`Tracking: saved progress could not be read: ${String(error)}`);
    }
    return null;
  }

  return {
    kind: 'standalone',
    limits: { suspendData: 64000, location: 1000 },
    start(): StartInfo {
      const saved = read();
      return {
        connected: storage !== null,
        entry: saved ? 'resume' : 'ab-initio',
        suspendData: saved?.suspendData ?? '',
        location: saved?.location ?? '',
        learnerId: null,
        learnerName: null,
        language: null,
      };
    },
    saveProgress(suspendData, location) {
      last = { suspendData, location };
      write(last);
    },
    reportStatus: () => {},
    prepare: () => Promise.resolve(),
    recordInteraction: () => {},
    reportObjective: () => {},
    // No LMS to tell: the choice is kept with the progress in this browser.
    saveLanguage: () => {},
    // Saves are written straight away; a commit only retries one that failed.
    commit: () => (failing && last ? write(last) : !failing),
    finish: () => {
      if (failing && last) write(last);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
