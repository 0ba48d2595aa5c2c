import type { Page } from 'playwright-core';
import { formatViolations, scanDocument } from '../support/axe';
import {
  headingFocusProblem,
  horizontalOverflow,
  invisibleFocus,
  motionWithReducedMotion,
  type MotionAskedBy,
  undersizedTargets,
  unannouncedFeedback,
} from './page-checks';

/**
 * Runs every check on each screen a course walk shows, and keeps what it finds by check,
 * so one walk through a course feeds one test per check, each listing every screen
 * that failed it.
 *
 * Coverage: 'every screen' checks each screen the walk shows; 'every kind' only a screen
 * that shows a kind not yet checked in this walk. The checks cost most of a walk's time
 * (axe, and a Tab round of the screen), so the gate checks every screen of every course
 * in one display mode and every kind of screen in the others (issue 13: keep `npm test`
 * under 20 minutes as the courses grow).
 */

export type Coverage = 'every screen' | 'every kind';

export const CHECKS = {
  axe: 'axe finds no WCAG 2.2 AA violation',
  reflow: 'nothing scrolls sideways (WCAG 1.4.10 Reflow)',
  targetSize: 'every control is at least 24×24 CSS px or spaced as WCAG 2.5.8 allows',
  focusVisible: 'every control reached by Tab shows a visible focus indicator (WCAG 2.4.7)',
  reducedMotion: 'with reduced motion asked for (by the device, or in the display options), nothing moves (WCAG 2.3.3)',
  headingFocus: 'every new screen puts focus on its h1',
  feedback: 'feedback is announced by a polite live region and says in words what it means (WCAG 4.1.3, 1.4.1)',
} as const;

export type CheckId = keyof typeof CHECKS;

/** How the learner got to the screen: only a move to a new screen should move focus to its h1. */
export type Arrival = 'page load' | 'new screen' | 'same screen';

export interface ScreenVisit {
  /**
   * The kind of screen (e.g. "lesson"), to show every kind was reached; a screen made of
   * parts (a lesson's blocks) may show several.
   */
  kind: string | readonly string[];
  /** Which one, for failure messages (e.g. "lesson “The law”"). */
  name: string;
  arrival: Arrival;
  /**
   * Tab round the whole page, not just <main>: for screens with the shell's panels open.
   * The first screen checked always gets a whole-page round, which covers the header
   * and footer every other screen shares.
   */
  wholePage?: boolean;
}

export interface ScreenAudit {
  /** Runs every check on the screen now shown (under 'every kind', only if it shows a kind not yet checked). */
  check(visit: ScreenVisit): Promise<void>;
  /** Whether a screen of this kind would be checked now: the walk skips work that only feeds a check. */
  wants(kind: string): boolean;
  /** Records a problem found outside `check` (e.g. feedback), against a screen. */
  record(check: CheckId, screen: string, problem: string): void;
  /** After answer or choice feedback appears: it was announced, and says `words`. */
  checkFeedback(screen: string, words: string): Promise<void>;
  problems(check: CheckId): string[];
  readonly kinds: ReadonlySet<string>;
  readonly screensChecked: number;
  /** Screens shown but not checked, their kinds already checked ('every kind' coverage). */
  readonly screensPassed: number;
}

/** `motionAskedBy`: how the walk asks for reduced motion (see DisplaySettings.reducedMotion). */
export function createScreenAudit(page: Page, motionAskedBy: MotionAskedBy = 'device', coverage: Coverage = 'every screen'): ScreenAudit {
  const found = new Map<CheckId, string[]>();
  const kinds = new Set<string>();
  let screensChecked = 0;
  let screensPassed = 0;
  const wants = (kind: string): boolean => coverage === 'every screen' || !kinds.has(kind);

  const record = (check: CheckId, screen: string, problem: string): void => {
    found.set(check, [...(found.get(check) ?? []), `${screen}: ${problem}`]);
  };
  const recordAll = (check: CheckId, screen: string, problems: readonly string[]): void => {
    for (const problem of problems) record(check, screen, problem);
  };

  return {
    async check({ kind, name, arrival, wholePage = false }) {
      const shown = typeof kind === 'string' ? [kind] : kind;
      if (!shown.some(wants)) {
        screensPassed += 1;
        return;
      }
      screensChecked += 1;
      for (const k of shown) kinds.add(k);
      if (arrival === 'new screen') {
        const problem = await headingFocusProblem(page);
        if (problem) record('headingFocus', name, problem);
      }
      recordAll('axe', name, formatViolations(await scanDocument(page)));
      const overflow = await horizontalOverflow(page);
      if (overflow) record('reflow', name, overflow);
      recordAll('targetSize', name, await undersizedTargets(page));
      recordAll('reducedMotion', name, await motionWithReducedMotion(page, motionAskedBy));
      // Last: it moves focus round the screen.
      recordAll('focusVisible', name, await invisibleFocus(page, wholePage || screensChecked === 1 ? 'whole page' : 'main'));
    },
    wants,
    record,
    async checkFeedback(screen, words) {
      const problem = await unannouncedFeedback(page, words);
      if (problem) record('feedback', screen, problem);
    },
    problems: (check) => found.get(check) ?? [],
    kinds,
    get screensChecked() {
      return screensChecked;
    },
    get screensPassed() {
      return screensPassed;
    },
  };
}
