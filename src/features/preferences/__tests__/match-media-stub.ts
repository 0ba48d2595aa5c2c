import { REDUCED_MOTION_QUERY } from '../default-preferences';

/**
 * jsdom has no matchMedia. This stands in for the operating system's "reduce motion"
 * setting; `restore()` takes it away again.
 */
export function stubReducedMotion(reduce: boolean): { restore(): void } {
  const stub = (query: string): MediaQueryList =>
    ({
      matches: query === REDUCED_MOTION_QUERY && reduce,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
  Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: stub });
  return {
    restore: () => {
      Reflect.deleteProperty(window, 'matchMedia');
    },
  };
}
