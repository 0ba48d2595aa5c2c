import { useSyncExternalStore } from 'react';
import { REDUCED_MOTION_QUERY } from './default-preferences';

const query = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION_QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the operating system asks for reduced motion, kept current if the learner changes it. */
export function useDeviceReducesMotion(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false);
}
