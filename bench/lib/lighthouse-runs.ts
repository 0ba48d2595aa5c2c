import lighthouse, { snapshot, startTimespan, type Flags, type Result } from 'lighthouse';
import type { BenchBrowser, BenchTab } from './bench-browser';

/**
 * The three Lighthouse modes the bench uses, all with Lighthouse's default mobile
 * settings (Moto G Power screen). Navigation mode uses the default simulated throttling
 * (slow 4G, 4x CPU slowdown); timespan mode can only throttle for real (DevTools
 * throttling with the same figures), so Lighthouse switches to that itself.
 */

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const BASE_FLAGS: Flags = { logLevel: 'error', onlyCategories: CATEGORIES };

/**
 * Lighthouse's default storage reset keeps localStorage; a first-screen run must not
 * find progress left by an earlier run, so it clears that too.
 */
const FIRST_VISIT_FLAGS: Flags = {
  ...BASE_FLAGS,
  clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage', 'indexeddb'],
};

function resultOf(runner: { lhr: Result } | undefined, what: string): Result {
  if (!runner) throw new Error(`Lighthouse returned no result for ${what}`);
  const { lhr } = runner;
  if (lhr.runtimeError) throw new Error(`Lighthouse ${what}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

/** A cold load of `url` as a first visit, in a fresh tab. */
export async function navigationRun(browser: BenchBrowser, url: string): Promise<Result> {
  const tab = await browser.openLighthouseTab();
  try {
    // lighthouse() with a page runs navigation mode in that tab.
    return resultOf(await lighthouse(url, FIRST_VISIT_FLAGS, undefined, tab), `navigation to ${url}`);
  } finally {
    await tab.close();
  }
}

/** Records what happens in the tab while `act` runs (the learner moving through screens). */
export async function timespanRun(tab: BenchTab, act: () => Promise<void>, what: string): Promise<Result> {
  const timespan = await startTimespan(tab.lighthousePage, { flags: BASE_FLAGS });
  try {
    await act();
  } catch (error) {
    // End the recording so the tab is not left throttled, then report the learner's error.
    await timespan.endTimespan().catch(() => undefined);
    throw error;
  }
  return resultOf(await timespan.endTimespan(), `timespan of ${what}`);
}

/** Audits the screen as it is now (accessibility, best practices). */
export async function snapshotRun(tab: BenchTab, what: string): Promise<Result> {
  return resultOf(await snapshot(tab.lighthousePage, { flags: BASE_FLAGS }), `snapshot of ${what}`);
}
