import type { CoverMotif, CoverPalette } from '../../../lib/art/cover-art';
import { artHash } from './art-seed';
import { Cover } from './cover';

/**
 * A cover from its names and the id that places its shapes: the course menu's cards, which
 * carry only the motif and palette names (module-facts.ts). Drawn with the menu, at once: the
 * drawing code is a few hundred bytes, less than the requests a chunk of its own cost the first
 * screen (docs/performance.md).
 */
export function SeededCover({ seedId, motif, palette, className }: { seedId: string; motif: CoverMotif; palette: CoverPalette; className?: string }) {
  return <Cover art={{ motif, palette, seed: artHash(seedId) }} {...(className ? { className } : {})} />;
}
