/**
 * Small line icons drawn here (no icon font, no download): they repeat what the words
 * next to them say, so they are hidden from screen readers. `currentColor` keeps them
 * visible in forced-colours mode.
 */
export type BlockIconName = 'key-fact' | 'remember' | 'warning' | 'correct' | 'incorrect' | 'quote';

const PATHS: Record<BlockIconName, string> = {
  'key-fact': 'M12 3a6 6 0 0 0-3.5 10.9V17h7v-3.1A6 6 0 0 0 12 3zM9.5 20h5',
  remember: 'M6 3h12v18l-6-4-6 4z',
  warning: 'M12 3 2 20h20zM12 10v4M12 17v.5',
  correct: 'M4 12.5 9.5 18 20 6',
  incorrect: 'M6 6l12 12M18 6 6 18',
  quote: 'M4 17c0-5 2-8 6-9M4 17h5v-5H4M14 17c0-5 2-8 6-9M14 17h5v-5h-5',
};

export function BlockIcon({ name }: { name: BlockIconName }) {
  return (
    <svg className={`block-icon block-icon--${name}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
