import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import { chromium, type Browser, type Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

/**
 * One Debian Chromium, started by chrome-launcher with a remote-debugging port, and two
 * clients on it: playwright-core drives the course like a learner (role and name
 * queries), and puppeteer-core (Lighthouse's own dependency) hands Lighthouse the same
 * tab for its timespan and snapshot modes. The bench never downloads a browser.
 */

import { CHROMIUM_ARGS as CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/e2e/support/browser';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

/** Lighthouse's mobile screen (Moto G Power), so driving the page and measuring it share one layout. */
export const MOBILE_VIEWPORT = { width: 412, height: 823 };

export interface BenchTab {
  page: Page;
  lighthousePage: PuppeteerPage;
  close(): Promise<void>;
}

export interface BenchBrowser {
  port: number;
  version: string;
  playwright: Browser;
  /** A new tab in the default profile (shared with Lighthouse's navigation runs), seen by both clients. */
  openTab(): Promise<BenchTab>;
  /** A blank Lighthouse tab for a navigation run. */
  openLighthouseTab(): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's Chromium with "apt-get install -y chromium" ` +
        '(or set CHROME_PATH); the bench never downloads a browser.',
    );
  }
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  const endpoint = `http://127.0.0.1:${chrome.port}`;
  let playwright: Browser | undefined;
  let pptr: PuppeteerBrowser | undefined;
  try {
    playwright = await chromium.connectOverCDP(endpoint);
    pptr = await puppeteer.connect({ browserURL: endpoint, defaultViewport: null });
  } catch (error) {
    await playwright?.close();
    chrome.kill();
    throw error;
  }
  const pw = playwright;
  const lh = pptr;
  let tabCount = 0;

  return {
    port: chrome.port,
    version: pw.version(),
    playwright: pw,
    async openTab() {
      const context = pw.contexts()[0];
      if (!context) throw new Error('Chromium has no default browser context to open a tab in');
      const page = await context.newPage();
      // A unique blank URL pairs Playwright's page with Puppeteer's view of the same tab.
      const marker = `about:blank#bench-tab-${++tabCount}`;
      await page.goto(marker);
      const lighthousePage = (await lh.pages()).find((candidate) => candidate.url() === marker);
      if (!lighthousePage) throw new Error(`Could not find tab ${marker} through puppeteer-core`);
      await page.setViewportSize(MOBILE_VIEWPORT);
      return { page, lighthousePage, close: () => page.close() };
    },
    openLighthouseTab: () => lh.newPage(),
    async close() {
      await lh.disconnect();
      // connectOverCDP: close() disconnects; chrome-launcher owns the process.
      await pw.close();
      chrome.kill();
    },
  };
}
