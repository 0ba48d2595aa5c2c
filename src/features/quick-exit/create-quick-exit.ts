import { leaveNow, type ExitWindow, type LeftVia, type Schedule } from './leave-now';

export interface QuickExitOptions {
  /** The partnership's neutral page (partnership.yaml `quickExitUrl`). */
  url: string;
  /** Saves progress and ends the LMS session (the tracking session's `saveAndFinish`). */
  beforeLeave?: () => void;
  /** Defaults to the page's own window and document. */
  window?: ExitWindow;
  document?: Pick<Document, 'body'>;
  schedule?: Schedule;
  logger?: Pick<Console, 'error'>;
}

export type QuickExit = () => LeftVia | null;

/**
 * The quick exit: hide the course at once (the neutral page may take a moment to
 * load), save progress and end the LMS session, then leave. No confirmation, no
 * animation. Only the first call does anything.
 */
export function createQuickExit({ url, beforeLeave, window: win = window, document: doc = document, schedule, logger = console }: QuickExitOptions): QuickExit {
  let left = false;
  return () => {
    if (left) return null;
    left = true;
    if (doc.body) doc.body.hidden = true;
    try {
      beforeLeave?.();
    } catch (error) {
      // Saving must never keep the learner here.
      logger.error('Quick exit: saving progress failed; leaving anyway', error);
    }
    return leaveNow(url, win, schedule);
  };
}
