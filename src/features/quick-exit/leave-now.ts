/**
 * Leaves the course for the neutral page, replacing the current history entry so
 * that Back does not return to it. Inside an LMS the course is in a frame: the whole
 * LMS page (the top window) is replaced where the browser allows it; where it does
 * not (a sandboxed frame throws), the course's own frame is.
 */

/** The parts of a window leaving needs (a test can hand in plain objects). */
export interface ExitWindow {
  /** Reading `href` of another origin's window throws. */
  readonly location: { replace(url: string): void; readonly href: string };
  readonly top: ExitWindow | null;
}

/** Which window was sent to the neutral page. */
export type LeftVia = 'page' | 'top' | 'frame';

/** How long to wait for a top window that may silently refuse to leave before the frame leaves itself. */
export const FRAME_FALLBACK_MS = 400;

export type Schedule = (run: () => void, delayMs: number) => void;

const defaultSchedule: Schedule = (run, delayMs) => {
  setTimeout(run, delayMs);
};

/** Reading another origin's location throws; that is how we know the top window is not ours. */
function isSameOrigin(win: ExitWindow): boolean {
  try {
    return typeof win.location.href === 'string';
  } catch {
    return false;
  }
}

export function leaveNow(url: string, win: ExitWindow, schedule: Schedule = defaultSchedule): LeftVia {
  const top = win.top;
  if (!top || top === win) {
    win.location.replace(url);
    return 'page';
  }
  try {
    top.location.replace(url);
  } catch {
    // A sandboxed frame without allow-top-navigation may not navigate the LMS page.
    win.location.replace(url);
    return 'frame';
  }
  // A browser may ignore a cross-origin frame's request to navigate the top window
  // without throwing; if the top window has not taken us away by then, leave the frame.
  if (!isSameOrigin(top)) schedule(() => win.location.replace(url), FRAME_FALLBACK_MS);
  return 'top';
}
