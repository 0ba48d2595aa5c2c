import { adapterLoaders, type AdapterLoaders } from './adapter-chunks';
import type { WindowLike } from './api-discovery';
import type { ProgressStorage } from './standalone-adapter';
import { browserScheduler, type Scheduler, type TrackingLogger, type TrackingPort } from './tracking-port';

/**
 * Which port the course tracks through, from `<meta name="course-lms" content="…">`
 * (packaging writes it into each package's index.html):
 * - `scorm12` / `scorm2004`: that API, or standalone with a logged warning when none is
 *   found, so the same package opened outside an LMS still works;
 * - `auto` (the development build): SCORM 2004, then 1.2, then standalone;
 * - `standalone`: localStorage only.
 * Only the adapters a mode may need are downloaded (./adapter-chunks.ts), and a package
 * preloads its own from index.html, so choosing costs no extra round trip.
 */

export type LmsMode = 'auto' | 'scorm12' | 'scorm2004' | 'standalone';

const MODES: readonly LmsMode[] = ['auto', 'scorm12', 'scorm2004', 'standalone'];

export function readLmsMode(doc: Pick<Document, 'querySelector'>, logger?: TrackingLogger): LmsMode {
  const content = doc.querySelector('meta[name="course-lms"]')?.getAttribute('content')?.trim() ?? 'auto';
  const mode = MODES.find((m) => m === content);
  if (!mode) logger?.warn(`Tracking: unknown course-lms "${content}"; looking for any LMS.`);
  return mode ?? 'auto';
}

export interface ChooseOptions {
  courseId: string;
  mode: LmsMode;
  window: WindowLike;
  logger: TrackingLogger;
  scheduler?: Scheduler;
  now?: () => number;
  storage?: ProgressStorage | null;
}

/** `loaders` is for tests, which check that a mode downloads only the adapters it needs. */
export async function loadTrackingPort(options: ChooseOptions, loaders: AdapterLoaders = adapterLoaders): Promise<TrackingPort> {
  const { mode, logger } = options;
  const portOptions = { scheduler: options.scheduler ?? browserScheduler, logger, ...(options.now ? { now: options.now } : {}) };

  if (mode === 'scorm2004' || mode === 'auto') {
    const port = (await loaders.scorm2004())(options.window, portOptions);
    if (port) return port;
  }
  if (mode === 'scorm12' || mode === 'auto') {
    const port = (await loaders.scorm12())(options.window, portOptions);
    if (port) return port;
  }
  if (mode === 'scorm12' || mode === 'scorm2004') {
    logger.warn(`Tracking: this is a ${mode === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} package but no LMS was found; progress is kept in this browser only.`);
  }
  const createStandalonePort = await loaders.standalone();
  return createStandalonePort({ courseId: options.courseId, logger, ...(options.storage !== undefined ? { storage: options.storage } : {}) });
}
