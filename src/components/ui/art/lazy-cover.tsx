import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { CoverMotif, CoverPalette } from '../../../lib/art/cover-art';

interface LazyCoverProps {
  /** Places the background shapes: the module's id. */
  seedId: string;
  motif: CoverMotif;
  palette: CoverPalette;
  className?: string;
}

// A cover is decoration: when its chunk cannot be downloaded (a lost connection), show the
// fallback rather than an error.
const SeededCover = lazy(() =>
  import('./seeded-cover').then(
    (m): { default: ComponentType<LazyCoverProps> } => m,
    (): { default: ComponentType<LazyCoverProps> } => ({ default: () => null }),
  ),
);

/**
 * A cover downloaded after the first paint, for the menu, whose first screen must stay within
 * its download budget: the menu carries only the motif and palette names; the drawing and the
 * seeding arrive with the chunk. `fallback` shows until it arrives (and if it never does).
 */
export function LazyCover({ fallback, ...props }: LazyCoverProps & { fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback ?? null}>
      <SeededCover {...props} />
    </Suspense>
  );
}
