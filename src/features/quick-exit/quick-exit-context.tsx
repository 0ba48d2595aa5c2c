import { createContext, use, type ReactNode } from 'react';
import type { QuickExit } from './create-quick-exit';

const QuickExitContext = createContext<QuickExit | null>(null);

/** Makes the quick exit (built once at start-up with `createQuickExit`) available to the page. */
export function QuickExitProvider({ exit, children }: { exit: QuickExit; children: ReactNode }) {
  return <QuickExitContext value={exit}>{children}</QuickExitContext>;
}

export function useQuickExit(): QuickExit {
  const exit = use(QuickExitContext);
  // Failing loudly: a course page without its quick exit must never ship unnoticed.
  if (!exit) throw new Error('useQuickExit needs a <QuickExitProvider> above it (src/app/main.tsx provides one).');
  return exit;
}
