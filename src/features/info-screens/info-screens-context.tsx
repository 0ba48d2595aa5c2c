import { createContext, use, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CourseReferences } from '../../course/references';
import { infoScreens, type InfoScreen, type InfoScreenId } from './info-screen-table';

export interface InfoScreensState {
  /** The screens open, bottom first: References or About, then perhaps the statement over it. Only the last shows. */
  stack: readonly InfoScreenId[];
  screens: Record<InfoScreenId, InfoScreen>;
  /** Shows a screen in place of the current one; focus returns to `opener` when it closes. */
  open(id: InfoScreenId, opener: HTMLElement | null): void;
  /** Back to the screen underneath; focus returns to the opener unless the learner is going elsewhere. */
  close(id: InfoScreenId, options?: { returnFocus?: boolean }): void;
  /** Leaves them all for the course menu, whose heading takes focus rather than the controls that opened them. */
  closeAll(): void;
}

const InfoScreensContext = createContext<InfoScreensState | null>(null);

/**
 * Which full-page information screens are open (References, About this course, the
 * accessibility statement). They are screens of their own, not modal dialogs: a modal would
 * make the header inert, and quick exit and help must stay one press away on every screen.
 */
export function InfoScreensProvider({ loadReferences, children }: { loadReferences: () => Promise<CourseReferences>; children: ReactNode }) {
  const [stack, setStack] = useState<readonly InfoScreenId[]>([]);
  const openers = useRef(new Map<InfoScreenId, HTMLElement | null>());
  const screens = useMemo(() => infoScreens(loadReferences), [loadReferences]);
  const open = useCallback(
    (id: InfoScreenId, opener: HTMLElement | null) => {
      const over = screens[id].over;
      // The screens a page-level screen leaves never take focus back.
      if (!over) openers.current.clear();
      openers.current.set(id, opener);
      setStack((current) => (over ? [...current.filter((shown) => shown !== id), id] : [id]));
    },
    [screens],
  );
  // Focus moves once the screen underneath shows again: an opener on that screen (the
  // completion screen's References link) cannot take focus while it is still hidden.
  const focusAfterClose = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const opener = focusAfterClose.current;
    focusAfterClose.current = null;
    if (opener?.isConnected) opener.focus();
  }, [stack]);
  const close = useCallback((id: InfoScreenId, { returnFocus = true }: { returnFocus?: boolean } = {}) => {
    const opener = openers.current.get(id);
    openers.current.delete(id);
    focusAfterClose.current = returnFocus ? (opener ?? null) : null;
    setStack((current) => current.filter((shown) => shown !== id));
  }, []);
  const closeAll = useCallback(() => {
    openers.current.clear();
    setStack([]);
  }, []);
  const value = useMemo(() => ({ stack, screens, open, close, closeAll }), [stack, screens, open, close, closeAll]);
  return <InfoScreensContext value={value}>{children}</InfoScreensContext>;
}

export function useInfoScreens(): InfoScreensState {
  const state = use(InfoScreensContext);
  if (!state) throw new Error('useInfoScreens needs an <InfoScreensProvider> above it (src/app/app.tsx provides one).');
  return state;
}
