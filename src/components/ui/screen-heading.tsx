import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useShouldFocusScreen } from './screen-focus';

interface ScreenHeadingProps {
  children: ReactNode;
}

/**
 * The h1 of a screen. It takes focus when it appears, so keyboard and screen-reader
 * users start reading the new screen from its title instead of being left on a
 * button that no longer exists. Screens remount (keyed by step) on every change.
 * The page's first screen is the exception (see ScreenFocusProvider).
 */
export function ScreenHeading({ children }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shouldFocus = useShouldFocusScreen();
  // A layout effect: focus moves in the same commit that shows the screen, even when the
  // screen arrives from a lazily loaded chunk (whose passive effects React may run later).
  useLayoutEffect(() => {
    const heading = ref.current;
    if (heading && shouldFocus(heading)) heading.focus();
  }, [shouldFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
