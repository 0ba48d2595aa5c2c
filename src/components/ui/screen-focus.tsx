import { createContext, use, useCallback, useRef, type ReactNode, type RefObject } from 'react';

interface ScreenFocusState {
  /** The heading of the page's first screen, which is not focused. */
  first: HTMLElement | null;
}

const ScreenFocusContext = createContext<RefObject<ScreenFocusState> | null>(null);

/**
 * Remembers which screen the page opened on. Its heading is not focused: on page
 * load the learner starts at the top (the skip link), and focusing inside the LMS's
 * iframe would pull focus away from the LMS page around it. Every later screen's
 * heading is focused.
 */
export function ScreenFocusProvider({ children }: { children: ReactNode }) {
  const state = useRef<ScreenFocusState>({ first: null });
  return <ScreenFocusContext value={state}>{children}</ScreenFocusContext>;
}

/**
 * Whether a heading that has just appeared should take focus. Outside a provider
 * (a screen rendered on its own) it always should.
 */
export function useShouldFocusScreen(): (heading: HTMLElement) => boolean {
  const state = use(ScreenFocusContext);
  return useCallback(
    (heading: HTMLElement) => {
      if (!state) return true;
      // Comparing elements, not counting calls, keeps this right when StrictMode runs effects twice.
      state.current.first ??= heading;
      return state.current.first !== heading;
    },
    [state],
  );
}
