import type { ModuleScreen } from './module-screen-of';

export interface ScreenPosition {
  /** 1-based. */
  current: number;
  total: number;
}

/**
 * Where a screen sits in its module, counting the intro, each step and the summary as one
 * screen each (a scenario or a knowledge check is one step however many choices or questions
 * it has). The content warning comes before the count starts; null there and once done.
 */
export function moduleScreenPosition(screen: ModuleScreen | null, stepIndex: number, stepCount: number): ScreenPosition | null {
  const total = stepCount + 2;
  switch (screen) {
    case 'intro':
      return { current: 1, total };
    case 'lesson':
    case 'scenario':
    case 'knowledge-check':
      return { current: Math.min(stepIndex, stepCount - 1) + 2, total };
    case 'summary':
      return { current: total, total };
    case 'warning':
    case null:
      return null;
  }
}
