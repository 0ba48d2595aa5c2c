/**
 * Covers drawn from data (src/components/ui/art/cover.tsx): every module and scenario gets
 * one without anyone drawing it. A module's motif follows from its kind and its colours
 * from its id; `cover: { motif, palette }` in module.yaml (or on a scenario) overrides either.
 * Shared by the content schema (which validates overrides) and the components that draw.
 */

export const COVER_MOTIFS = [
  'compass',
  'scales',
  'screen',
  'chat',
  'phone',
  'coin',
  'map',
  'shield',
  'people',
  'sliders',
  'lifebuoy',
  'adult',
  'young-person',
] as const;
export type CoverMotif = (typeof COVER_MOTIFS)[number];

/** Named colour pairs (background, shapes); shapes are decorative, the pairs are calm rather than loud. */
export const COVER_PALETTES = {
  teal: ['#0f5c63', '#8fd3d1'],
  blue: ['#1d4e89', '#9cc3ee'],
  plum: ['#5a2d6e', '#d2b0e3'],
  green: ['#2f5f3a', '#a9d8a0'],
  amber: ['#7a4b0c', '#f3c77a'],
  rose: ['#7d2845', '#f2b3c6'],
  slate: ['#36404f', '#b9c4d6'],
} as const satisfies Record<string, readonly [string, string]>;
export type CoverPalette = keyof typeof COVER_PALETTES;
export const COVER_PALETTE_NAMES = Object.keys(COVER_PALETTES) as CoverPalette[];

const MOTIF_OF_KIND: Record<string, CoverMotif> = {
  intro: 'compass',
  legal: 'scales',
  content: 'screen',
  conduct: 'chat',
  contact: 'phone',
  commerce: 'coin',
  'risk-landscape': 'map',
  exploitation: 'shield',
  talking: 'people',
  settings: 'sliders',
  'getting-help': 'lifebuoy',
  'adult-perspective': 'adult',
  'young-person-perspective': 'young-person',
};

export interface CoverArt {
  motif: CoverMotif;
  palette: CoverPalette;
  /** Varies the arrangement of the background shapes. */
  seed: number;
}

/** FNV-1a, 32 bits; the same as src/components/ui/art/art-seed.ts, so a seed never depends on where it is computed. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The cover of a module (or scenario): its motif from `kind`, its colours and layout from `id`. */
export function coverArt(kind: string, id: string, override?: { motif?: CoverMotif | undefined; palette?: CoverPalette | undefined }): CoverArt {
  const h = hash(id);
  return {
    motif: override?.motif ?? MOTIF_OF_KIND[kind] ?? 'compass',
    palette: override?.palette ?? COVER_PALETTE_NAMES[h % COVER_PALETTE_NAMES.length] ?? 'teal',
    seed: h,
  };
}
