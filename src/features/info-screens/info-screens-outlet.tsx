import type { ReactNode } from 'react';
import { InfoScreenView } from './info-screen-view';
import { useInfoScreens } from './info-screens-context';

/**
 * Where the information screens show: in place of the current screen, which stays mounted but
 * hidden, so going back finds it exactly as it was (answers, open panels). Only the top of the
 * stack shows; it comes first, as the one screen a learner reads.
 */
export function InfoScreensOutlet({ children }: { children: ReactNode }) {
  const { stack } = useInfoScreens();
  const top = stack.length - 1;
  return (
    <>
      {stack.map((id, index) => <InfoScreenView key={id} id={id} hidden={index < top} />).reverse()}
      <div hidden={stack.length > 0}>{children}</div>
    </>
  );
}
