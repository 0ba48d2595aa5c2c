import { findScorm12Api, type WindowLike } from './api-discovery';
import { createScorm12Port } from './scorm12-adapter';
import type { ScormPortOptions } from './scorm-port';
import type { TrackingPort } from './tracking-port';

/**
 * The SCORM 1.2 chunk's entry (adapter-chunks.ts imports it dynamically, packaging
 * preloads it in the scorm12 package). API discovery lives here, not in the main chunk,
 * so a standalone page never downloads any SCORM code.
 *
 * SCORM 1.2 is the package most LMSs are given, so its frame should load one SCORM file:
 * the 2004 entry imports `connectWith` from here, which puts all the code both versions
 * share (the port, the LMS connection, API discovery, time formats) in this chunk rather
 * than in a third file. A SCORM 2004 frame downloads this chunk and its own.
 */

/** Opens a port on the API that `find` finds, or gives null when the page has no such LMS. */
export function connectWith<Api>(find: (win: WindowLike) => Api | null, create: (api: Api, options: ScormPortOptions) => TrackingPort) {
  return (win: WindowLike, options: ScormPortOptions): TrackingPort | null => {
    const api = find(win);
    return api ? create(api, options) : null;
  };
}

export const connectScorm12 = connectWith(findScorm12Api, createScorm12Port);
