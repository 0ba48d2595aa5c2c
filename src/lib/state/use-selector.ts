import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Something whose state changes: an XState actor, or the course driver. */
export interface StateSource<S> {
  getSnapshot(): S;
  subscribe(listener: () => void): (() => void) | { unsubscribe(): void };
}

const stop = (subscription: (() => void) | { unsubscribe(): void }): void => {
  if (typeof subscription === 'function') subscription();
  else subscription.unsubscribe();
};

/**
 * Reads one thing from a changing source (`@xstate/react`'s `useSelector`, with one
 * difference that matters on a slow phone): the re-render a change causes is a React
 * transition. `useSyncExternalStore` renders a whole new screen in one go, a long task
 * of 100–200 ms on a cheap phone that freezes the page; a transition renders it in
 * small slices, keeps the page responsive, and shows the new screen when it is ready.
 *
 * Every component reading a source is told of a change in the same moment, so their
 * updates land in one transition: the screen never shows half old, half new state.
 * The state of a form control the learner is changing is the exception: use
 * `useUrgentSelector` for it, or React puts the control back as it was until the
 * transition ends (a radio button that does not stay checked when clicked).
 * `select` must return a value that stays the same (Object.is) while nothing it reads
 * changes: a primitive, or an object taken from the snapshot.
 */
export function useSelector<S, T>(source: StateSource<S>, select: (snapshot: S) => T): T {
  const [state, setState] = useState(() => ({ source, snapshot: source.getSnapshot() }));
  // A new source (another actor for the same component): read it now, not after a transition.
  const current = state.source === source ? state : { source, snapshot: source.getSnapshot() };
  if (current !== state) setState(current);
  const value = select(current.snapshot);

  const latest = useRef({ select, value });
  useLayoutEffect(() => {
    latest.current = { select, value };
  });
  // The snapshot kept is the last one whose selected value differed. If `select` itself
  // changed (it reads new props), check it against the source's snapshot now.
  useEffect(() => {
    const snapshot = source.getSnapshot();
    if (snapshot !== current.snapshot && !Object.is(select(snapshot), value)) {
      startTransition(() => setState({ source, snapshot }));
    }
  });

  useEffect(() => {
    const onChange = (): void => {
      const snapshot = source.getSnapshot();
      if (!Object.is(latest.current.select(snapshot), latest.current.value)) {
        startTransition(() => setState({ source, snapshot }));
      }
    };
    // A change between this render and subscribing is not missed.
    onChange();
    const subscription = source.subscribe(onChange);
    return () => stop(subscription);
  }, [source]);

  return value;
}

/**
 * `useSelector` for what must show in the same moment as the learner's action: the
 * checked state of the controls they are answering with. Renders synchronously.
 */
export function useUrgentSelector<S, T>(source: StateSource<S>, select: (snapshot: S) => T): T {
  const subscribe = useCallback((listener: () => void) => {
    const subscription = source.subscribe(listener);
    return () => stop(subscription);
  }, [source]);
  return useSyncExternalStore(subscribe, () => select(source.getSnapshot()));
}
