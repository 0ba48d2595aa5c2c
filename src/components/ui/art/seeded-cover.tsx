import type { CoverMotif, CoverPalette } from '../../../lib/art/cover-art';
import { artHash } from './art-seed';
import { Cover } from './cover';

/** A cover from its names and the id that places its shapes (the menu's lazily loaded covers). */
export default function SeededCover({ seedId, motif, palette, className }: { seedId: string; motif: CoverMotif; palette: CoverPalette; className?: string }) {
  return <Cover art={{ motif, palette, seed: artHash(seedId) }} {...(className ? { className } : {})} />;
}
