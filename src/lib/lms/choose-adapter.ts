import { findScorm12Api, findScorm2004Api, type WindowLike } from './api-discovery';
import { createScorm12Port } from './scorm12-adapter';
import { createScorm2004Port } from './scorm2004-adapter';
import { createStandalonePort, type ProgressStorage } from './standalone-adapter';
import { browserScheduler, type Scheduler, type TrackingLogger, type TrackingPort } from './tracking-port';

/**
 * Which port the course tracks through, from `<meta name="course-lms" content="…">`
 * (packaging writes it into each package's index.html):
 * - `scorm12` / `scorm2004`: that API, or standalone with a logged warning when none is
 *   found, so the same package opened outside an LMS still works;
 * - `auto` (the development build): SCORM 2004, then 1.2, then standalone;
 * - `standalone`: localStorage only.
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

export function chooseTrackingPort(options: ChooseOptions): TrackingPort {
  const { mode, logger } = options;
  const portOptions = { scheduler: options.scheduler ?? browserScheduler, logger, ...(options.now ? { now: options.now } : {}) };
  const standalone = () =>
    createStandalonePort({ courseId: options.courseId, logger, ...(options.storage !== undefined ? { storage: options.storage } : {}) });

  if (mode === 'scorm2004' || mode === 'auto') {
    const api = findScorm2004Api(options.window);
    if (api) return createScorm2004Port(api, portOptions);
  }
  if (mode === 'scorm12' || mode === 'auto') {
    const api = findScorm12Api(options.window);
    if (api) return createScorm12Port(api, portOptions);
  }
  if (mode === 'scorm12' || mode === 'scorm2004') {
    logger.warn(`Tracking: this is a ${mode === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} package but no LMS was found; progress is kept in this browser only.`);
  }
  return standalone();
}
