import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { CoverArt } from '../../../lib/art/cover-art';

// A cover is decoration: when its chunk cannot be downloaded (a lost connection), show the
// fallback rather than an error.
type CoverComponent = ComponentType<{ art: CoverArt; className?: string }>;
const Cover = lazy(() =>
  import('./cover').then(
    (m): { default: CoverComponent } => m,
    (): { default: CoverComponent } => ({ default: () => null }),
  ),
);

/**
 * A cover downloaded after the first paint, for the menu, whose first screen must stay within
 * its download budget; `fallback` shows until it arrives (and if it never does).
 */
export function LazyCover({ art, className, fallback }: { art: CoverArt; className?: string; fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback ?? null}>
      <Cover art={art} {...(className ? { className } : {})} />
    </Suspense>
  );
}
