import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { lazyWithTexts, type LazyWithTexts } from '../../lib/i18n/lazy-with-texts';
import type { AboutScreenProps } from './about-screen';

export interface AboutState {
  open: boolean;
  /** Shows "About this course" in place of the current screen; focus returns to `opener` when it closes. */
  openAbout(opener: HTMLElement | null): void;
  /** Back to the screen underneath; focus returns to the opener unless the learner is going elsewhere. */
  closeAbout(options?: { returnFocus?: boolean }): void;
  screen: LazyWithTexts<AboutScreenProps>;
}

const AboutContext = createContext<AboutState | null>(null);

/**
 * Whether "About this course" is showing: which build this is (partnership, course version,
 * build date). Like References, a screen of its own rather than a dialog, and its code and
 * texts download only when it is wanted, never with the first screen.
 */
export function AboutProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const openAbout = useCallback((from: HTMLElement | null) => {
    opener.current = from;
    setOpen(true);
  }, []);
  const closeAbout = useCallback(({ returnFocus = true }: { returnFocus?: boolean } = {}) => {
    setOpen(false);
    const target = opener.current;
    opener.current = null;
    if (returnFocus && target?.isConnected) target.focus();
  }, []);
  const screen = useMemo(() => lazyWithTexts(() => import('./about-screen').then((m) => m.AboutScreen), ['player']), []);
  const value = useMemo(() => ({ open, openAbout, closeAbout, screen }), [open, openAbout, closeAbout, screen]);
  return <AboutContext value={value}>{children}</AboutContext>;
}

export function useAbout(): AboutState {
  const state = use(AboutContext);
  if (!state) throw new Error('useAbout needs an <AboutProvider> above it (src/app/app.tsx provides one).');
  return state;
}
