import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import shellTexts from '../../src/lib/i18n/locales/en-GB/shell.json' with { type: 'json' };
import type { PreviewServer } from '../../preview/serve';
import { launchBrowser } from './support/browser';
import { DIST_DIR, requireBuilt, startPreview } from './support/served-build';

/**
 * Someone who double-clicks dist/<course>/standalone/index.html gets a file:// page: the
 * browser blocks the course's module scripts and stylesheet there, so the start screen must
 * say, without any script, what to do instead; served over HTTP, that note stays hidden.
 */

const COURSE_ID = 'risks-to-children';
const indexFile = join(DIST_DIR, COURSE_ID, 'standalone', 'index.html');
const note = (text: string): string => text.slice(0, 60);

let browser: Browser;
let server: PreviewServer;

beforeAll(async () => {
  requireBuilt(indexFile);
  browser = await launchBrowser();
  server = await startPreview('built');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('opened from file://, the page says it must be served and how', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(indexFile).href);
    const message = page.getByText(note(shellTexts.app.openedFromFile));
    await message.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await message.textContent()).toContain('python3 -m http.server 8000');
  } finally {
    await page.close();
  }
});

it('served over HTTP, the note is hidden even while the script has not started', async () => {
  const page = await browser.newPage();
  try {
    // Hold the player back, so the start screen the learner sees first stays to be checked.
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${server.url}courses/${COURSE_ID}/standalone/`);
    await page.locator('.start-shell__loading').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByText(note(shellTexts.app.openedFromFile)).isVisible()).toBe(false);
  } finally {
    await page.close();
  }
});
