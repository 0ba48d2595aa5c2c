import type { ReactElement } from 'react';
import { COVER_PALETTES, type CoverArt, type CoverMotif } from '../../../lib/art/cover-art';
import './art.css';

/**
 * A cover illustration drawn from data (original artwork, no image files, nothing fetched):
 * soft background shapes placed by the seed, and a simple motif for what the module is about.
 * Always decorative (hidden from screen readers): the title next to it says what it is.
 * Everyday objects and friendly figures only; nothing that depicts harm.
 */

const stroke = { fill: 'none', strokeWidth: 4, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** Each motif in a 64×64 box, drawn in the palette's light colour on the dark background. */
const MOTIFS: Record<CoverMotif, (ink: string) => ReactElement> = {
  compass: (ink) => (
    <g stroke={ink} {...stroke}>
      <circle cx="32" cy="32" r="24" />
      <path d="M40 24l-5 11-11 5 5-11z" fill={ink} />
    </g>
  ),
  scales: (ink) => (
    <g stroke={ink} {...stroke}>
      <path d="M32 10v44M20 54h24M12 20h40" />
      <path d="M12 20l-7 16h14zM52 20l-7 16h14z" />
    </g>
  ),
  screen: (ink) => (
    <g stroke={ink} {...stroke}>
      <rect x="8" y="12" width="48" height="32" rx="4" />
      <path d="M24 54h16M32 44v10" />
      <path d="M28 22v12l10-6z" fill={ink} />
    </g>
  ),
  chat: (ink) => (
    <g stroke={ink} {...stroke}>
      <path d="M8 14h30v18H20l-8 7v-7H8z" />
      <path d="M26 38h18l8 7v-7h4V22h-8" />
    </g>
  ),
  phone: (ink) => (
    <g stroke={ink} {...stroke}>
      <rect x="18" y="6" width="28" height="52" rx="5" />
      <path d="M24 18h12M24 26h16M28 34h12" />
      <circle cx="32" cy="50" r="1.5" fill={ink} />
    </g>
  ),
  coin: (ink) => (
    <g stroke={ink} {...stroke}>
      <circle cx="26" cy="34" r="16" />
      <path d="M42 20a16 16 0 0 1 0 28" />
      <path d="M26 26v16M21 29h8" />
    </g>
  ),
  map: (ink) => (
    <g stroke={ink} {...stroke}>
      <path d="M8 16l14-6 20 6 14-6v38l-14 6-20-6-14 6z" />
      <path d="M22 10v38M42 16v38" />
    </g>
  ),
  shield: (ink) => (
    <g stroke={ink} {...stroke}>
      <path d="M32 6l22 8v14c0 14-9 24-22 30C19 52 10 42 10 28V14z" />
      <path d="M22 31l7 7 13-14" />
    </g>
  ),
  people: (ink) => (
    <g stroke={ink} {...stroke}>
      <circle cx="22" cy="22" r="8" />
      <circle cx="44" cy="24" r="7" />
      <path d="M8 54c0-10 6-16 14-16s14 6 14 16M34 54c0-8 4-14 10-14s12 6 12 14" />
    </g>
  ),
  sliders: (ink) => (
    <g stroke={ink} {...stroke}>
      <path d="M10 18h44M10 32h44M10 46h44" />
      <circle cx="22" cy="18" r="4" fill={ink} />
      <circle cx="40" cy="32" r="4" fill={ink} />
      <circle cx="28" cy="46" r="4" fill={ink} />
    </g>
  ),
  lifebuoy: (ink) => (
    <g stroke={ink} {...stroke}>
      <circle cx="32" cy="32" r="22" />
      <circle cx="32" cy="32" r="10" />
      <path d="M17 17l8 8M47 17l-8 8M17 47l8-8M47 47l-8-8" />
    </g>
  ),
  adult: (ink) => (
    <g stroke={ink} {...stroke}>
      <circle cx="32" cy="18" r="9" />
      <path d="M14 58c0-14 8-24 18-24s18 10 18 24" />
    </g>
  ),
  'young-person': (ink) => (
    <g stroke={ink} {...stroke}>
      <circle cx="32" cy="22" r="10" />
      <path d="M18 58c0-12 6-20 14-20s14 8 14 20" />
      <rect x="36" y="44" width="10" height="14" rx="2" fill={ink} />
    </g>
  ),
};

interface CoverProps {
  art: CoverArt;
  className?: string;
}

export function Cover({ art, className }: CoverProps) {
  const [background, ink] = COVER_PALETTES[art.palette];
  // Three soft circles whose places follow the seed, so covers of one kind still differ.
  const circles = [0, 1, 2].map((i) => {
    const bits = (art.seed >>> (i * 9)) & 0x1ff;
    return { cx: 20 + (bits % 280), cy: 10 + ((bits >> 4) % 100), r: 18 + ((bits >> 2) % 30) };
  });
  return (
    <svg className={className} viewBox="0 0 320 120" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      <rect width="320" height="120" fill={background} />
      {circles.map((c, i) => (
        <circle key={i} cx={c.cx} cy={c.cy} r={c.r} fill={ink} opacity={0.14 + i * 0.04} />
      ))}
      <g transform="translate(128 28) scale(1)">{MOTIFS[art.motif](ink)}</g>
    </svg>
  );
}
