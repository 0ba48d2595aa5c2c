/**
 * The ways the suite displays each course: a desktop window; the same with the high
 * contrast and reduce motion display options; and a 320 CSS px wide phone (WCAG 1.4.10
 * Reflow: a 1280 px window at 400% zoom) with the largest text size and the
 * easier-to-read font, the hardest case for reflow and the one the accessibility
 * statement promises.
 */

import type { Coverage } from './screen-audit';

export interface DisplaySettings {
  textSize: 'standard' | 'large' | 'larger';
  highContrast: boolean;
  readableFont: boolean;
  /**
   * The course's own "Reduce motion" option. When it is on, the walk checks that it alone
   * stops motion; otherwise the device's prefers-reduced-motion setting is emulated.
   */
  reducedMotion: boolean;
}

export interface DisplayMode {
  id: 'default' | 'high-contrast' | 'narrow';
  label: string;
  viewport: { width: number; height: number };
  /** Chosen in the course's own display options before the walk. */
  settings: DisplaySettings;
  /**
   * Which screens of the walk are checked (screen-audit.ts): every screen in one mode,
   * the first of each kind in the others.
   */
  coverage: Coverage;
}

const STANDARD: DisplaySettings = { textSize: 'standard', highContrast: false, readableFont: false, reducedMotion: false };
const DESKTOP = { width: 1280, height: 800 };

export const DISPLAY_MODES: readonly DisplayMode[] = [
  { id: 'default', label: 'default display, 1280×800, every screen', viewport: DESKTOP, settings: STANDARD, coverage: 'every screen' },
  {
    id: 'high-contrast',
    label: 'high contrast and reduce motion, 1280×800, every kind of screen',
    viewport: DESKTOP,
    settings: { ...STANDARD, highContrast: true, reducedMotion: true },
    coverage: 'every kind',
  },
  {
    id: 'narrow',
    label: '320×640 CSS px, largest text, easier-to-read font, every kind of screen',
    viewport: { width: 320, height: 640 },
    settings: { ...STANDARD, textSize: 'larger', readableFont: true },
    coverage: 'every kind',
  },
];
