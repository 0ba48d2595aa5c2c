import type { KeyboardEvent } from 'react';
import { Button } from '../../components/ui/button';
import { useHelp } from './help-context';

interface HelpButtonProps {
  /** Visible label, e.g. "Get help now" in the header, "Get help" on a content warning. */
  label: string;
  variant?: 'primary' | 'secondary' | 'link';
  className?: string;
}

/** Opens or closes the help panel; it says whether the panel is open (aria-expanded). */
export function HelpButton({ label, variant = 'secondary', className }: HelpButtonProps) {
  const { open, panelId, openHelp, closeHelp } = useHelp();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'Escape' && open) closeHelp(event.currentTarget);
  };
  return (
    <Button
      variant={variant}
      className={className}
      aria-expanded={open}
      aria-controls={panelId}
      onKeyDown={onKeyDown}
      onClick={(event) => (open ? closeHelp(event.currentTarget) : openHelp(event.currentTarget))}
    >
      {label}
    </Button>
  );
}
