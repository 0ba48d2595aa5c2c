import { lazy, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { loadUiPart, type UiPart } from './ui-parts';

/**
 * A download of a component's code or texts failed (usually a lost connection).
 * Error boundaries offer a retry for this error only: any other error is a bug, and
 * "check your connection" would be the wrong thing to tell the learner.
 */
export class DownloadFailedError extends Error {
  constructor(cause: unknown) {
    super(`A part of the course could not be downloaded: ${String(cause)}`, { cause });
    this.name = 'DownloadFailedError';
  }
}

/** A component whose code, and the UI strings it shows, download only when it is wanted. */
export interface LazyWithTexts<P> {
  /**
   * Renders the component once its code and texts are here. Until then it suspends
   * (the nearest Suspense shows its fallback); a failed download is thrown to the
   * nearest error boundary.
   */
  readonly Component: (props: P) => ReactNode;
  /**
   * Starts the download now, e.g. when the pointer comes over the button that opens it,
   * so it is often there by the click. After a failure this starts again: call it
   * before an error boundary's retry renders the component again.
   */
  preload(instance: i18n): void;
}

/**
 * One download of the code and texts. `lazy` suspends until it is done; `loaded` is
 * set once it is, so a download that finished before the first render (started on
 * intent) renders straight away. React.lazy alone would still show its fallback for a
 * moment even then, and announce a "Loading…" that is not happening.
 */
interface Download<P> {
  readonly lazy: LazyExoticComponent<ComponentType<P>>;
  loaded?: ComponentType<P>;
  failed: boolean;
}

/**
 * `loadComponent` is a dynamic import, so the component is a chunk of its own; `parts`
 * are the UI string parts it needs (src/lib/i18n/ui-parts.ts), added to the 'ui'
 * namespace before it first renders, so its `t()` calls never show raw keys.
 */
export function lazyWithTexts<P extends object>(loadComponent: () => Promise<ComponentType<P>>, parts: readonly UiPart[] = []): LazyWithTexts<P> {
  let code: Promise<ComponentType<P>> | undefined;
  const loadCode = (): Promise<ComponentType<P>> =>
    (code ??= loadComponent().catch((error: unknown) => {
      code = undefined;
      throw error;
    }));

  // Texts are per i18next instance (a test makes a fresh one; the app has one), known by its
  // store: useTranslation hands each component its own wrapper around the same instance.
  const downloads = new WeakMap<i18n['store'], Download<P>>();
  const start = (instance: i18n): Download<P> => {
    // React calls the lazy factory when it first renders the component, by when `promise` is set.
    const download: Download<P> = { lazy: lazy(() => promise), failed: false };
    const promise = Promise.all([loadCode(), Promise.all(parts.map((part) => loadUiPart(instance, part)))]).then(
      ([component]) => {
        download.loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        download.failed = true;
        throw new DownloadFailedError(error);
      },
    );
    // Rendering reports a failure to the error boundary; nothing else needs to hear of it.
    promise.catch(() => undefined);
    downloads.set(instance.store, download);
    return download;
  };

  function Component(props: P) {
    const { i18n: instance } = useTranslation();
    // Never restarts a failed download itself: React renders again after an error, and
    // restarting there would retry for ever offline instead of showing the error.
    const download = downloads.get(instance.store) ?? start(instance);
    // Chosen once per mount: switching from the lazy wrapper to the component later would
    // remount the screen, losing its state and pulling focus to its heading again.
    const [Loaded] = useState<ComponentType<P>>(() => download.loaded ?? download.lazy);
    return <Loaded {...props} />;
  }

  return {
    Component,
    preload(instance) {
      const current = downloads.get(instance.store);
      if (!current || current.failed) start(instance);
    },
  };
}
