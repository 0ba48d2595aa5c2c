import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { DisplayOptionsPanel } from './display-options-panel';

/**
 * "Display options" in the header of every screen: a disclosure whose panel comes
 * right after the button, so it is next in reading and tab order and needs no focus
 * trap. Escape anywhere in it closes it and puts focus back on the button.
 */
export function DisplayOptions() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = (): void => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  // Not stopped from bubbling: a second Escape must still reach the quick exit's shortcut.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && open) close();
  };
  return (
    <div className="display-options" onKeyDown={onKeyDown}>
      <Button ref={toggleRef} variant="secondary" className="display-options__toggle" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        {t('preferences.toggle')}
      </Button>
      {open && <DisplayOptionsPanel id={panelId} onClose={close} />}
    </div>
  );
}
