import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { HelpPanel } from './help-panel';

interface HelpToggleProps {
  /** Visible label of the control that opens the panel. */
  label: string;
}

/**
 * A disclosure: the button shows or hides the help panel right after it, so the
 * panel is next in reading and tab order and needs no focus trap.
 */
export function HelpToggle({ label }: HelpToggleProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const headingId = useId();
  const close = (): void => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <div className="help-toggle">
      <Button ref={toggleRef} variant="link" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {label}
      </Button>
      {open && (
        <div className="help-toggle__panel">
          <HelpPanel id={panelId} headingId={headingId} />
          <Button variant="secondary" onClick={close}>
            {t('help.close')}
          </Button>
        </div>
      )}
    </div>
  );
}
