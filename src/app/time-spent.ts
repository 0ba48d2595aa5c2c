/**
 * Time spent in the course, for the progress record, the completion screen and the certificate.
 * It counts while the course is on screen (the page is visible) and adds it to what earlier
 * sessions saved. A hidden tab, or a laptop left closed, does not count: the certificate says
 * how long the learner spent in the course, not how long a window stayed open. (The LMS's own
 * session time, cmi.core.session_time, is the whole session, as SCORM defines it.)
 */
export interface TimeSpentClock {
  /** Whole seconds so far: earlier sessions' and this one's. */
  seconds(): number;
  /** The course went out of sight: stop counting. */
  pause(): void;
  /** The course is on screen again. */
  resume(): void;
}

export function createTimeSpentClock(savedSeconds: number, now: () => number, running: boolean): TimeSpentClock {
  let counted = Math.max(0, Number.isFinite(savedSeconds) ? savedSeconds : 0) * 1000;
  let since: number | null = running ? now() : null;
  return {
    seconds: () => Math.floor((counted + (since === null ? 0 : Math.max(0, now() - since))) / 1000),
    pause() {
      if (since === null) return;
      counted += Math.max(0, now() - since);
      since = null;
    },
    resume() {
      if (since === null) since = now();
    },
  };
}
