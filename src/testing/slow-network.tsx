import type { ComponentType } from 'react';
import type { i18n } from 'i18next';
import { lazyWithTexts, type LazyWithTexts } from '../lib/i18n/lazy-with-texts';
import type { UiPart } from '../lib/i18n/ui-parts';

interface Waiting {
  resolve(): void;
  reject(error: Error): void;
}

/**
 * Stands in for the network in tests of parts that load on demand: each download of a
 * part's code waits until the test delivers it or cuts the connection.
 */
class SlowNetwork {
  /** How many downloads have been asked for since the last reset. */
  requests = 0;
  private waiting: Waiting[] = [];
  private readonly resets: (() => void)[] = [];

  download = (): Promise<void> => {
    this.requests += 1;
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  };

  deliver(): void {
    for (const download of this.waiting.splice(0)) download.resolve();
  }

  /** What Chromium says when a chunk cannot be fetched. */
  cutOff(): void {
    for (const download of this.waiting.splice(0)) download.reject(new TypeError('Failed to fetch dynamically imported module'));
  }

  /** A fresh start for each test: nothing downloaded yet, nothing cached. */
  reset(): void {
    this.requests = 0;
    this.waiting = [];
    for (const reset of this.resets) reset();
  }

  /** A part like the app's (lazyWithTexts), whose code comes through this network. */
  part<P extends object>(component: ComponentType<P>, parts: readonly UiPart[] = []): LazyWithTexts<P> {
    const make = (): LazyWithTexts<P> => lazyWithTexts(() => this.download().then(() => component), parts);
    let current = make();
    this.resets.push(() => {
      current = make();
    });
    function Component(props: P) {
      return <current.Component {...props} />;
    }
    return { Component, preload: (instance: i18n) => current.preload(instance) };
  }
}

export const network = new SlowNetwork();
