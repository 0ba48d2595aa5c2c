import type { ReactNode } from 'react';

/** Text for screen readers only (e.g. the module a repeated "Start" button opens). */
export function VisuallyHidden({ children }: { children?: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
