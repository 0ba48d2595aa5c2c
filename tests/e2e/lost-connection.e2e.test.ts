import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { previewSuite } from './support/preview-suite';

/**
 * Parts of the course download when the learner first needs them: the course machine
 * on their first click, a module's screens when they open one. On mobile data a
 * download can fail: the learner must get a message and a way on, never a blank page.
 */

const COURSE_ID = 'risks-to-children';
const suite = previewSuite('built');

/** The standalone course at its menu, with every download of `offline` failing as if the connection had dropped. */
async function menuWithout(offline: string, name: string): Promise<{ page: Page; close(): Promise<void> }> {
  // No page guard: the failed request is the point of these tests.
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  captureOnFailure(page, name);
  await page.route(offline, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { page, close: () => context.close() };
}

/** The module's first screen: its content warning, or (for a module without one) its first numbered screen. */
const moduleOpened = (page: Page) =>
  page
    .getByRole('heading', { level: 1, name: uiText('module.warning.title') })
    .or(page.getByText(new RegExp(`^${uiText('module.progress.screen', { current: 1, total: 999 }).replace('999', '\\d+')}$`)))
    .first();

/**
 * Whether this browser keeps a failed module download for as long as the page is open
 * (Chromium 150 does; 156 tries the network again): a harmless module fails once, then is
 * served, and is imported again. Where it is kept, "Try again" cannot succeed and the
 * learner needs the way out the course then gives: close the course and open it again.
 */
async function keepsFailedDownloads(page: Page): Promise<boolean> {
  const probe = '**/lost-connection-probe.js';
  // A string, as vitest would rewrite an import() in a function for Node, not the page.
  const importProbe = () => page.evaluate<boolean>("import(new URL('lost-connection-probe.js', document.baseURI).href).then(() => true, () => false)");
  await page.route(probe, (route) => route.abort('internetdisconnected'));
  expect(await importProbe()).toBe(false);
  await page.unroute(probe);
  await page.route(probe, (route) => route.fulfill({ contentType: 'text/javascript', body: 'export const probe = true;' }));
  return !(await importProbe());
}

/** The learner closes the course and opens it again, in the same browser. */
async function reopen(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

const startButton = (page: Page) => page.getByRole('button', { name: new RegExp(`^${uiText('menu.start', { title: '' }).trim()} `) }).first();

it('says so and offers to try again when a module\'s screens cannot be downloaded, then opens the module', async () => {
  const moduleScreens = '**/assets/module-screen-*.js';
  const { page, close } = await menuWithout(moduleScreens, 'lost-connection');
  await startButton(page).click();
  const failure = page.getByRole('heading', { level: 1, name: uiText('app.loadError.title') });
  await failure.waitFor();
  await expect.poll(() => failure.evaluate((heading) => heading === document.activeElement)).toBe(true);

  await page.unroute(moduleScreens);
  const kept = await keepsFailedDownloads(page);
  await page.getByRole('button', { name: uiText('app.tryAgain'), exact: true }).click();
  if (kept) {
    // Trying again fails as well: the course says so, and says to open it again, which opens
    // the module where the learner was (its progress is in the browser).
    await page.getByText(uiText('app.loadError.reopen')).waitFor();
    await reopen(page);
  }
  await moduleOpened(page).waitFor();
  await close();
});

it('says so on the menu when the rest of the course cannot be downloaded, and the next click opens the module', async () => {
  // The course machine downloads on the learner's first click, not with the menu.
  const courseMachine = '**/assets/course-machine-start-*.js';
  const { page, close } = await menuWithout(courseMachine, 'lost-connection-machine');
  await startButton(page).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain(uiText('app.loadError.title'));
  // Still at the menu, with the same Start button to try again.
  await startButton(page).waitFor();

  await page.unroute(courseMachine);
  if (await keepsFailedDownloads(page)) {
    // The next click would fail again in this browser: the message says to open the course again.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(uiText('app.loadError.reopen'));
    await reopen(page);
  }
  await startButton(page).click();
  await moduleOpened(page).waitFor();
  await close();
});
