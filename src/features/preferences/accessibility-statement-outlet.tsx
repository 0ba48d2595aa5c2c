import type { ReactNode } from 'react';
import { AccessibilityStatement } from './accessibility-statement';
import { useAccessibilityStatement } from './accessibility-statement-context';

/**
 * Where the statement shows: in place of the current screen, which is hidden but kept
 * mounted, so that going back finds it exactly as it was (answers, open panels) and
 * does not pull focus to its heading again.
 */
export function AccessibilityStatementOutlet({ children }: { children: ReactNode }) {
  const { open, closeStatement } = useAccessibilityStatement();
  return (
    <>
      {open && <AccessibilityStatement onBack={() => closeStatement()} />}
      <div hidden={open}>{children}</div>
    </>
  );
}
