import { useEffect } from 'react';
import { createEscapeCounter, type EscapeCounterOptions } from './escape-twice';

/**
 * Calls `onEscapeTwice` when Escape is pressed twice quickly anywhere in the page.
 * Listens in the capture phase, so a control that stops Escape from bubbling (to
 * close itself) still counts as the first press.
 */
export function useEscapeTwice(onEscapeTwice: () => void, options?: EscapeCounterOptions): void {
  const windowMs = options?.windowMs;
  const now = options?.now;
  useEffect(() => {
    const counter = createEscapeCounter({ windowMs, now });
    const onKeyDown = (event: KeyboardEvent): void => {
      if (counter.press(event)) onEscapeTwice();
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [onEscapeTwice, windowMs, now]);
}
