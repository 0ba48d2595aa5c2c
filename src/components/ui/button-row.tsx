import type { ReactNode } from 'react';

/** The actions at the foot of a screen (Back / Next), laid out and wrapped consistently. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="button-row">{children}</div>;
}
