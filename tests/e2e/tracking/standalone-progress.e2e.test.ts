import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { standaloneStorageKey } from '../../../src/lib/lms/standalone-adapter';
import { launchBrowser } from '../support/browser';
import { uiText } from '../support/course-text';
import { captureOnFailure } from '../support/failure-capture';
import { onScreen, playerControls, type Player } from '../support/module-walkthrough';
import { guardContext } from '../support/page-guard';
import { expectText } from '../support/waits';
import { loadCourseMaterial, playToFirstChoice } from './course-run';
import { servePackages, type ServedPackages } from './served-packages';

/**
 * The course on its own, without an LMS (dist/<course>/standalone/): progress is kept
 * in the browser, so a learner who reloads the page (or comes back later in the same
 * browser) carries on from the same screen.
 */

// The parents' course: its first module has a scenario before its knowledge check (the practitioners' first, Welcome, has none).
const COURSE_ID = 'parents-and-carers';

let browser: Browser;
let served: ServedPackages;
let closeContext: (() => Promise<void>) | undefined;

beforeAll(async () => {
  served = await servePackages([COURSE_ID], { standalone: true });
  browser = await launchBrowser();
});

afterEach(async () => {
  await closeContext?.();
  closeContext = undefined;
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

it(`${COURSE_ID}: progress in a module survives a reload of the page, on the same screen, with no LMS`, async () => {
  const material = loadCourseMaterial(COURSE_ID);
  const [first] = material.modules;
  if (!first) throw new Error(`${COURSE_ID} has no modules`);
  const context = await browser.newContext();
  closeContext = () => context.close();
  const guard = await guardContext(context);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  captureOnFailure(page, `tracking-standalone-${COURSE_ID}`);
  const player: Player = { page, frame: page, content: first.content, input: 'pointer' };
  const heading = page.getByRole('heading', { level: 1 });

  await page.goto(`${served.server.url}courses/${COURSE_ID}/standalone/index.html`);
  await onScreen(page, material.title);
  const made = await playToFirstChoice(player, first.title);
  const screen = (await heading.textContent()) ?? '';

  await page.reload();
  // The module's content warning comes first whenever the module is opened again.
  if (first.content.module.contentWarning) {
    await onScreen(page, uiText('module.warning.title'));
    await playerControls(player).activate(uiText('module.warning.continue'));
  }
  await expectText(heading, screen);
  // The scenario is at the node the earlier choice led to: the choice was kept.
  await page.getByRole('radio', { name: made.nextChoiceLabel, exact: true }).waitFor();
  expect(await page.getByText(uiText('tracking.saveProblem')).count()).toBe(0);

  // Kept by the course itself, in this browser: there is no LMS to keep it.
  const lms = await page.evaluate(() => ({ framed: window.top !== window, api: 'API' in window, api2004: 'API_1484_11' in window }));
  expect(lms).toEqual({ framed: false, api: false, api2004: false });
  const saved = await page.evaluate((key) => localStorage.getItem(key), standaloneStorageKey(COURSE_ID));
  expect(JSON.parse(saved ?? 'null')).toMatchObject({ suspendData: expect.stringMatching(/^os\d/) });
  await guard.assertClean(page);
});
