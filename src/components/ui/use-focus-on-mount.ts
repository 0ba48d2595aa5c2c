import { useCallback } from 'react';

/**
 * A ref callback that focuses its element when it appears: for the control that
 * replaces the one the learner just used (e.g. "Continue" after "Choose"), so
 * keyboard focus is never dropped to the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>(): (element: T | null) => void {
  return useCallback((element: T | null) => {
    element?.focus();
  }, []);
}
