import { findScorm2004Api, type WindowLike } from './api-discovery';
import { createScorm2004Port } from './scorm2004-adapter';
import type { ScormPortOptions } from './scorm-port';
import type { TrackingPort } from './tracking-port';

/**
 * The SCORM 2004 chunk's entry (choose-adapter.ts imports it dynamically, packaging
 * preloads it in the scorm2004 package). API discovery lives here, not in the main chunk,
 * so a standalone page never downloads any SCORM code.
 */
export function connectScorm2004(win: WindowLike, options: ScormPortOptions): TrackingPort | null {
  const api = findScorm2004Api(win);
  return api ? createScorm2004Port(api, options) : null;
}
