import type { WindowLike } from './api-discovery';
import type { ScormPortOptions } from './scorm-port';
import type { StandalonePortOptions } from './standalone-adapter';
import type { TrackingPort } from './tracking-port';

/**
 * Each adapter is reached only through a dynamic import(), so the bundler gives each its
 * own chunk and a page downloads only the one it uses. Only types may be imported
 * statically from these modules: a value import would pull the adapter into the main chunk.
 * Packaging finds these chunks by their source files in Vite's manifest and preloads each
 * from its own package's index.html: keep scorm/package/adapter-chunks.ts in step when
 * renaming or moving them.
 */

/** Opens a port on the LMS's API, or null when no LMS of that version is found. */
export type ScormConnector = (win: WindowLike, options: ScormPortOptions) => TrackingPort | null;
export type StandaloneConnector = (options: StandalonePortOptions) => TrackingPort;

export interface AdapterLoaders {
  scorm2004(): Promise<ScormConnector>;
  scorm12(): Promise<ScormConnector>;
  standalone(): Promise<StandaloneConnector>;
}

export const adapterLoaders: AdapterLoaders = {
  scorm2004: () => import('./connect-scorm2004').then((chunk) => chunk.connectScorm2004),
  scorm12: () => import('./connect-scorm12').then((chunk) => chunk.connectScorm12),
  standalone: () => import('./standalone-adapter').then((chunk) => chunk.createStandalonePort),
};
