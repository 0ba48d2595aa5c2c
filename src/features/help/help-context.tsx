import { createContext, use, useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Partnership } from '../../course/schema/partnership-schema';

/** The partnership's children's services front door, as the help panel lists it; undefined in the national build. */
export type FrontDoor = Partnership['frontDoor'];

export interface HelpState {
  open: boolean;
  panelId: string;
  headingId: string;
  frontDoor: FrontDoor;
  /** Opens the panel; focus returns to `opener` when it closes. */
  openHelp(opener: HTMLElement | null): void;
  /** Closes the panel and focuses `focusTo` (default: the control that opened it). */
  closeHelp(focusTo?: HTMLElement | null): void;
}

const HelpContext = createContext<HelpState | null>(null);

/**
 * One "Get help now" panel for the whole page. Several buttons open it (the header's,
 * and "Get help" on content warnings); the panel sits right below the header.
 */
export function HelpProvider({ frontDoor, children }: { frontDoor: FrontDoor | undefined; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const panelId = useId();
  const headingId = useId();
  const openHelp = useCallback((from: HTMLElement | null) => {
    opener.current = from;
    setOpen(true);
  }, []);
  const closeHelp = useCallback((focusTo?: HTMLElement | null) => {
    setOpen(false);
    const target = focusTo ?? opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  }, []);
  const value = useMemo(
    () => ({ open, panelId, headingId, frontDoor, openHelp, closeHelp }),
    [open, panelId, headingId, frontDoor, openHelp, closeHelp],
  );
  return <HelpContext value={value}>{children}</HelpContext>;
}

export function useHelp(): HelpState {
  const help = use(HelpContext);
  if (!help) throw new Error('useHelp needs a <HelpProvider> above it (src/app/main.tsx provides one).');
  return help;
}
