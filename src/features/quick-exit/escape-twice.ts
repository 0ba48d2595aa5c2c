/**
 * Recognises the quick-exit shortcut: Escape pressed twice in a row, quickly. One
 * Escape is left alone (it closes panels and drop-down lists); a second within the
 * window means "leave now". Key repeats count: someone holding Escape down in a
 * hurry wants to leave, not to be told they pressed it wrong.
 */

/** How close together the two presses must be. */
export const ESCAPE_TWICE_WINDOW_MS = 1500;

export interface EscapeCounterOptions {
  windowMs?: number;
  /** Milliseconds from any fixed point; injectable so tests control time. */
  now?: () => number;
}

export interface EscapeCounter {
  /** Feed every keydown; true when this one completes the shortcut. */
  press(event: Pick<KeyboardEvent, 'key' | 'isComposing'>): boolean;
}

export function createEscapeCounter({ windowMs = ESCAPE_TWICE_WINDOW_MS, now = () => performance.now() }: EscapeCounterOptions = {}): EscapeCounter {
  let lastEscapeAt: number | null = null;
  return {
    press(event) {
      // Escape while composing text (an IME) cancels the composition: it is not meant for us.
      if (event.key !== 'Escape' || event.isComposing) {
        lastEscapeAt = null;
        return false;
      }
      const at = now();
      if (lastEscapeAt !== null && at - lastEscapeAt <= windowMs) {
        lastEscapeAt = null;
        return true;
      }
      lastEscapeAt = at;
      return false;
    },
  };
}
