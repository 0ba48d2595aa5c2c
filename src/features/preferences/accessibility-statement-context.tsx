import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';

export interface AccessibilityStatementState {
  open: boolean;
  /** Shows the statement in place of the current screen; focus returns to `opener` when it closes. */
  openStatement(opener: HTMLElement | null): void;
  /** Back to the screen underneath; focus returns to the opener unless the learner is going elsewhere. */
  closeStatement(options?: { returnFocus?: boolean }): void;
}

const AccessibilityStatementContext = createContext<AccessibilityStatementState | null>(null);

/**
 * Whether the accessibility statement is showing. It is a screen of its own, not a
 * modal dialog: a modal would make the header inert, and quick exit and help must
 * stay one press away on every screen, this one included.
 */
export function AccessibilityStatementProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const openStatement = useCallback((from: HTMLElement | null) => {
    opener.current = from;
    setOpen(true);
  }, []);
  const closeStatement = useCallback(({ returnFocus = true }: { returnFocus?: boolean } = {}) => {
    setOpen(false);
    const target = opener.current;
    opener.current = null;
    if (returnFocus && target?.isConnected) target.focus();
  }, []);
  const value = useMemo(() => ({ open, openStatement, closeStatement }), [open, openStatement, closeStatement]);
  return <AccessibilityStatementContext value={value}>{children}</AccessibilityStatementContext>;
}

export function useAccessibilityStatement(): AccessibilityStatementState {
  const state = use(AccessibilityStatementContext);
  if (!state) throw new Error('useAccessibilityStatement needs an <AccessibilityStatementProvider> above it (src/app/app.tsx provides one).');
  return state;
}
