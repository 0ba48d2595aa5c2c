import type { ModulePosition } from './progress/progress-record';
import type { CoverMotif, CoverPalette } from '../lib/art/cover-art';

/**
 * What the course menu shows about a module before its content has downloaded, worked out
 * at build time from the validated content (scorm/vite-content-plugin.ts, `moduleFacts`):
 * one small record per module, so the first screen carries numbers and names, never module
 * text or structure. Where a started module stands ("Screen 3 of 9") comes from its structure,
 * which is loaded whenever the learner has progress in it (`AppContent.moduleSteps`).
 */
export interface ModuleFacts {
  /**
   * About how long the module takes, in whole minutes (at least 1): its words along a typical
   * path at 200 words a minute, plus 15 seconds a scenario decision, 30 seconds a question and
   * 30 seconds an interactive lesson block (scorm/content/readability.ts, `typicalMinutes`).
   */
  minutes: number;
  /** The module's cover: its motif and colours by name (a few bytes; the menu draws it, seeded-cover.tsx). */
  cover?: { motif: CoverMotif; palette: CoverPalette };
}

/** The module's screens as "Screen n of m" counts them: the intro, each step and the summary. */
export const moduleScreenCount = (stepCount: number): number => stepCount + 2;

/** Which screen (1-based) saved progress is at, in that count; null if the step is no longer in the module. */
export function savedScreen(position: ModulePosition, stepIds: readonly string[]): number | null {
  switch (position.at) {
    case 'intro':
      return 1;
    case 'summary':
      return moduleScreenCount(stepIds.length);
    case 'step': {
      const index = stepIds.indexOf(position.stepId);
      return index < 0 ? null : index + 2;
    }
  }
}
