import { expect, it } from 'vitest';
import { uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { previewSuite } from './support/preview-suite';

/**
 * A module's screens are downloaded when the learner first opens one. On mobile data
 * that download can fail: the learner must get a message and a way on, never a blank page.
 */

const COURSE_ID = 'risks-to-children';
const suite = previewSuite('built');

it('says so and offers to try again when a module\'s screens cannot be downloaded, then opens the module', async () => {
  // No page guard: the failed request is the point of this test.
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  captureOnFailure(page, 'lost-connection');
  const moduleScreens = '**/assets/module-screen-*.js';
  await page.route(moduleScreens, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();

  await page.getByRole('button', { name: new RegExp(`^${uiText('menu.start', { title: '' }).trim()} `) }).first().click();
  const failure = page.getByRole('heading', { level: 1, name: uiText('app.loadError.title') });
  await failure.waitFor();
  await expect.poll(() => failure.evaluate((heading) => heading === document.activeElement)).toBe(true);

  await page.unroute(moduleScreens);
  await page.getByRole('button', { name: uiText('app.tryAgain'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: uiText('module.warning.title') }).waitFor();
  await context.close();
});

it('says so on the menu when the rest of the course cannot be downloaded, and the next click opens the module', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  captureOnFailure(page, 'lost-connection-machine');
  // The course machine downloads on the learner's first click, not with the menu.
  const courseMachine = '**/assets/course-machine-start-*.js';
  await page.route(courseMachine, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();

  const start = page.getByRole('button', { name: new RegExp(`^${uiText('menu.start', { title: '' }).trim()} `) }).first();
  await start.click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain(uiText('app.loadError.title'));
  // Still at the menu, with the same Start button to try again.
  await start.waitFor();

  await page.unroute(courseMachine);
  await start.click();
  await page.getByRole('heading', { level: 1, name: uiText('module.warning.title') }).waitFor();
  await context.close();
});
