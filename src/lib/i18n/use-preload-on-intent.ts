import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LazyWithTexts } from './lazy-with-texts';

/** Event handlers for the control that opens a lazily loaded part. */
export interface PreloadOnIntent {
  onPointerEnter(): void;
  onFocus(): void;
  onTouchStart(): void;
}

/**
 * Starts downloading a lazily loaded part when the learner shows they may open it
 * (pointer over, keyboard focus, a finger down), so on a slow connection it has a
 * head start of a few hundred milliseconds before the click.
 */
export function usePreloadOnIntent(part: Pick<LazyWithTexts<never>, 'preload'>): PreloadOnIntent {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const preload = (): void => part.preload(i18n);
    return { onPointerEnter: preload, onFocus: preload, onTouchStart: preload };
  }, [part, i18n]);
}
