import { findScorm12Api, type WindowLike } from './api-discovery';
import { createScorm12Port } from './scorm12-adapter';
import type { ScormPortOptions } from './scorm-port';
import type { TrackingPort } from './tracking-port';

/**
 * The SCORM 1.2 chunk's entry (choose-adapter.ts imports it dynamically, packaging
 * preloads it in the scorm12 package). API discovery lives here, not in the main chunk,
 * so a standalone page never downloads any SCORM code.
 */
export function connectScorm12(win: WindowLike, options: ScormPortOptions): TrackingPort | null {
  const api = findScorm12Api(win);
  return api ? createScorm12Port(api, options) : null;
}
