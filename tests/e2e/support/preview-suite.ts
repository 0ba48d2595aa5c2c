import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { PreviewServer } from '../../../preview/serve';
import { launchBrowser } from './browser';
import { openPreview, type PreviewPage } from './preview-page';
import { startPreview } from './served-build';

export interface PreviewSuite {
  /** The browser shared by the file's tests (for contexts outside the preview page). */
  readonly browser: Browser;
  /** The preview server's address, ending in "/". */
  readonly url: string;
  /** Opens the preview LMS page at `url + query`; it is closed after the test. */
  open(query: string): Promise<PreviewPage>;
}

/**
 * One browser and one preview server per test file, started before its tests and
 * stopped after them, with each test's preview page closed when the test ends.
 */
export function previewSuite(courses: 'built' | 'fixtures'): PreviewSuite {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  let preview: PreviewPage | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is used before the suite started (call it inside a test)`);
    return value;
  };

  beforeAll(async () => {
    server = await startPreview(courses);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get browser() {
      return started(browser, 'browser');
    },
    get url() {
      return started(server, 'preview server').url;
    },
    async open(query) {
      preview = await openPreview(started(browser, 'browser'), `${started(server, 'preview server').url}${query}`);
      return preview;
    },
  };
}
