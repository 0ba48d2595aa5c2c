import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './button';

interface HeaderMenuProps {
  /** The toggle's visible label ("Menu"). */
  label: string;
  /** The header's controls: shown in a row on wide screens, behind the toggle on narrow ones. */
  children: ReactNode;
  /** A value that changes when the screen changes: the menu closes then, as it would on a new page. */
  closeKey: string;
}

/**
 * The header's controls on a phone: one "Menu" disclosure holding them, so the header stays one
 * row with "Exit this page" first. CSS alone decides when the toggle shows (a container query on
 * the header, so the larger text sizes switch to it sooner); where the row fits, the toggle is
 * hidden and the controls sit in the row as before. The panel is in the page's flow, right after
 * the toggle, so it needs no focus trap and nothing is covered; it stays open until the learner
 * closes it or the screen changes (the help panel opened from it returns focus to its button).
 */
export function HeaderMenu({ label, children, closeKey }: HeaderMenuProps) {
  const [open, setOpen] = useState(false);
  const [openedFor, setOpenedFor] = useState(closeKey);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // A new screen closes the menu (adjusting state during render, so the old panel never paints on it).
  if (openedFor !== closeKey) {
    setOpenedFor(closeKey);
    if (open) setOpen(false);
  }
  const panelRef = useRef<HTMLDivElement>(null);
  // Using a control in the row counts as opening the menu (it changes nothing to see there): if the
  // row then stops fitting (the learner chose a larger text size in the display options), the
  // header turns into the phone's, and its menu must stay open around the panel in use.
  const keepOpen = (): void => {
    if (!open) setOpen(true);
  };
  // Escape belongs to an open panel inside the menu (display options, help) first; not stopped
  // from bubbling, so a second Escape still reaches the quick exit's shortcut.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || !open) return;
    if (panelRef.current?.querySelector('[aria-expanded="true"]')) return;
    // Where the controls sit in the row there is no toggle to close, or to take focus back to.
    const toggle = toggleRef.current;
    if (!toggle || getComputedStyle(toggle).display === 'none') return;
    setOpen(false);
    toggle.focus();
  };
  return (
    <div className={`header-menu${open ? ' header-menu--open' : ''}`} onKeyDown={onKeyDown}>
      <Button ref={toggleRef} variant="secondary" className="header-menu__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <svg className="header-menu__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 6h18M3 12h18M3 18h18" />
        </svg>
        {label}
      </Button>
      <div ref={panelRef} id={panelId} className="header-menu__panel" onFocus={keepOpen} onClickCapture={keepOpen}>
        {children}
      </div>
    </div>
  );
}

