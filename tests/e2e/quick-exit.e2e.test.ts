import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../preview/serve';
import { loadCourseContent as loadBuiltContent } from '../../scorm/content/load-content';
import { progressLocation } from '../../src/course/progress/location';
import { encodeProgress } from '../../src/course/progress/progress-codec';
import type { ProgressRecord } from '../../src/course/progress/progress-record';
import { PartnershipSchema } from '../../src/course/schema/partnership-schema';
import { correctResponse } from '../../src/course/scoring/question-scoring';
import { courseText } from '../../src/course/text-keys';
import { moduleText } from '../../src/course/module-text-keys';
import { standaloneStorageKey } from '../../src/lib/lms/standalone-adapter';
import { launchBrowser } from './support/browser';
import { loadCourseContent, loadModuleContent, uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { activate, tabTo } from './support/keyboard';
import { onScreen } from './support/module-walkthrough';
import { guardContext, type PageGuard } from './support/page-guard';
import { openPreview, type PreviewPage } from './support/preview-page';
import { REPO_ROOT, startPreview } from './support/served-build';
import { expectText } from './support/waits';

/**
 * Quick exit in the built course, standalone and in the preview LMS, and what the
 * module summary and results screens look like on paper. The neutral page is the
 * partnership's own (partnership.yaml `quickExitUrl`); its host is answered here by a
 * local stub page, so no request ever leaves 127.0.0.1.
 */

const COURSE_ID = 'risks-to-children';
const partnership = PartnershipSchema.parse(
  parse(readFileSync(join(REPO_ROOT, 'partnerships', process.env['PARTNERSHIP'] ?? 'national', 'partnership.yaml'), 'utf8')),
);
const NEUTRAL_URL = partnership.quickExitUrl;
const NEUTRAL_TITLE = 'Neutral page (test stub)';

const course = loadCourseContent(COURSE_ID);
/**
 * The course's first module: the only one open to a new learner when modules unlock in
 * order, so these tests hold whatever modules are added or moved after it.
 */
const MODULE_ID = course.course.modules[0]!.id;
const moduleContent = loadModuleContent(MODULE_ID);
const moduleTitle = course.text(courseText.moduleTitle(MODULE_ID));

let browser: Browser;
let server: PreviewServer;
let preview: PreviewPage | undefined;
let standalone: BrowserContext | undefined;

beforeAll(async () => {
  server = await startPreview('built');
  browser = await launchBrowser();
});

afterEach(async () => {
  await preview?.close();
  preview = undefined;
  await standalone?.close();
  standalone = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stubPage = (title: string): string => `<!doctype html><html lang="en-GB"><title>${title}</title><h1>${title}</h1></html>`;

/**
 * Answers every request to the neutral page's host with a stub. Registered after the
 * page guard's catch-all, so it is consulted first (Playwright runs routes newest first).
 */
async function stubNeutralHost(context: BrowserContext): Promise<void> {
  await context.route(`${new URL(NEUTRAL_URL).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stubPage(NEUTRAL_TITLE) }),
  );
}

/** A fresh standalone context on a local page the learner was on before the course. */
async function openStandalone(): Promise<{ page: Page; guard: PageGuard; beforeUrl: string; courseUrl: string }> {
  standalone = await browser.newContext();
  const guard = await guardContext(standalone);
  await stubNeutralHost(standalone);
  const beforeUrl = `${server.url}e2e-page-before-the-course`;
  await standalone.route(beforeUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stubPage('Before') }));
  const page = await standalone.newPage();
  await page.goto(beforeUrl);
  return { page, guard, beforeUrl, courseUrl: `${server.url}courses/${COURSE_ID}/standalone/index.html` };
}

/** Saves progress where the standalone course keeps it, as if the learner had got there (the page must be on the course's origin). */
async function seedStandaloneProgress(page: Page, progress: ProgressRecord): Promise<void> {
  const { course: built, modules } = loadBuiltContent('modules', COURSE_ID);
  const saved = JSON.stringify({ suspendData: encodeProgress(progress, { course: built, modules }), location: progressLocation(progress) });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [standaloneStorageKey(COURSE_ID), saved] as const);
}

const progressAt = (position: ProgressRecord['modules'][string]['position'], answers = {}): ProgressRecord => ({
  modules: { [MODULE_ID]: { completed: false, position, scenarios: {}, answers } },
  assessment: { attempts: [] },
  openModuleId: MODULE_ID,
});

/** A module with a content warning shows it first on opening or resuming; the learner continues past it. */
async function passContentWarning(page: Page): Promise<void> {
  if (!moduleContent.module.contentWarning) return;
  await onScreen(page, new RegExp(uiText('module.warning.title')));
  await activate(page, page, uiText('module.warning.continue'));
}

describe('quick exit, standalone', () => {
  it('"Exit this page" replaces the course with the neutral page: Back does not return to it, and progress is kept', async () => {
    const { page, guard, beforeUrl, courseUrl } = await openStandalone();
    captureOnFailure(page, 'quick-exit-standalone');
    await page.goto(courseUrl);
    await activate(page, page, uiText('menu.start', { title: moduleTitle }));
    await passContentWarning(page);
    await onScreen(page, moduleContent.text(moduleText.introTitle));

    // Back up from the screen's heading to the header's exit, and press it.
    await tabTo(page, page, 'button', uiText('quickExit.button'), { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL_URL);
    await expectText(page.getByRole('heading', { level: 1 }), NEUTRAL_TITLE);

    await page.goBack();
    expect(page.url()).toBe(beforeUrl);

    // Opening the course again resumes in the module (after its content warning, if it has one).
    await page.goto(courseUrl);
    await onScreen(page, moduleContent.module.contentWarning ? new RegExp(uiText('module.warning.title')) : moduleContent.text(moduleText.introTitle));
    await guard.assertClean(page);
  });
});

describe.each([
  { version: 'scorm12', setValue: 'LMSSetValue', exit: 'cmi.core.exit', commit: 'LMSCommit', terminate: 'LMSFinish' },
  { version: 'scorm2004', setValue: 'SetValue', exit: 'cmi.exit', commit: 'Commit', terminate: 'Terminate' },
] as const)('quick exit in the preview LMS ($version)', ({ version, setValue, exit, commit, terminate }) => {
  it(`Escape twice sets ${exit} "suspend", commits and terminates, then the whole LMS page goes to the neutral page`, async () => {
    preview = await openPreview(browser, `${server.url}?course=${COURSE_ID}&version=${version}`);
    const { page, context, course: frame } = preview;
    captureOnFailure(page, `quick-exit-${version}`);
    await stubNeutralHost(context);
    await frame.getByRole('heading', { level: 1 }).first().waitFor();

    // The preview's call log goes with its page, so the calls are also recorded out here, as they
    // happen, each marked if the LMS page had already begun to go (beforeunload): saving then is too
    // late for an LMS that saves by synchronous XHR, which Chrome refuses while a page is being dismissed.
    const calls: string[] = [];
    await context.exposeBinding('__e2eQuickExitCall', (_source, call: string) => void calls.push(call));
    await page.evaluate((methods) => {
      const api = (window as unknown as Record<string, Record<string, (...args: string[]) => string>>)[methods.global]!;
      const record = (window as unknown as Record<string, (call: string) => void>)['__e2eQuickExitCall']!;
      let leaving = false;
      window.addEventListener('beforeunload', () => (leaving = true));
      for (const method of methods.names) {
        const original = api[method]!;
        api[method] = (...args: string[]) => {
          const result = original(...args);
          record(`${method}(${args.join(', ')}) -> ${result}${leaving ? ' (while the LMS page was leaving)' : ''}`);
          return result;
        };
      }
    }, { global: version === 'scorm12' ? 'API' : 'API_1484_11', names: [setValue, commit, terminate] });

    await frame.getByRole('heading', { level: 1 }).first().focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // Same origin, as Moodle serves its SCORM player: the browser lets the course replace the top window.
    await page.waitForURL(NEUTRAL_URL);
    expect(page.mainFrame().url()).toBe(NEUTRAL_URL);
    await expectText(page.getByRole('heading', { level: 1 }), NEUTRAL_TITLE);

    await expect.poll(() => calls.find((call) => call.startsWith(`${terminate}(`))).toBeDefined();
    expect(calls.filter((call) => call.includes('leaving')), 'calls made too late').toEqual([]);
    const suspend = calls.indexOf(`${setValue}(${exit}, suspend) -> true`);
    const committed = calls.lastIndexOf(`${commit}() -> true`);
    const terminated = calls.indexOf(`${terminate}() -> true`);
    expect(suspend, calls.join('\n')).toBeGreaterThanOrEqual(0);
    expect(committed).toBeGreaterThan(suspend);
    expect(terminated).toBeGreaterThan(committed);

    // The LMS kept the attempt as suspended: launching again resumes it.
    await page.goto(`${server.url}?course=${COURSE_ID}&version=${version}`);
    await expectText(page.getByRole('status'), /relaunched with the saved data: entry “resume”/);
    await expectText(preview.cmiValue(version === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry'), 'resume');
    await preview.guard.assertClean(page);
  });
});

describe('printing', () => {
  it('the module summary prints as content only: black on white, no controls, link addresses written out', async () => {
    const { page, courseUrl } = await openStandalone();
    captureOnFailure(page, 'print-summary');
    await seedStandaloneProgress(page, progressAt({ at: 'summary' }));
    await page.goto(courseUrl);
    await passContentWarning(page);
    const heading = page.getByRole('heading', { level: 1, name: uiText('module.summary.title', { title: moduleContent.text(moduleText.introTitle) }) });
    await heading.waitFor();
    await activate(page, page, uiText('help.openButton'));
    const ceop = page.getByRole('link', { name: `${uiText('help.ceop.linkText')} ${uiText('a11y.opensInNewTab')}` });
    await ceop.waitFor();

    await page.emulateMedia({ media: 'print' });
    for (const name of [uiText('quickExit.button'), uiText('app.menu'), uiText('help.openButton'), uiText('nav.back'), uiText('module.summary.finish')]) {
      expect(await page.getByRole('button', { name, exact: true }).isVisible(), `"${name}" printed`).toBe(false);
    }
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await ceop.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${uiText('help.ceop.url')})"`);

    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: uiText('quickExit.button') }).isVisible()).toBe(true);
  });

  it('a knowledge check’s results print the score without the buttons', async () => {
    const check = moduleContent.module.steps.find((step) => step.type === 'knowledge-check');
    if (check?.type !== 'knowledge-check') throw new Error(`modules/${MODULE_ID}/module.yaml has no knowledge check`);
    const answers = Object.fromEntries(
      check.questions.map((id) => {
        const question = moduleContent.module.questions.find((q) => q.id === id);
        if (!question) throw new Error(`Knowledge check "${check.id}": no question "${id}"`);
        return [id, correctResponse(question)];
      }),
    );
    const { page, courseUrl } = await openStandalone();
    captureOnFailure(page, 'print-results');
    await seedStandaloneProgress(page, progressAt({ at: 'step', stepId: check.id }, answers));
    await page.goto(courseUrl);
    await passContentWarning(page);
    await onScreen(page, uiText('assessment.results.title'));

    await page.emulateMedia({ media: 'print' });
    await expectText(page.locator('p'), uiText('assessment.results.score', { score: 100 }));
    expect(await page.locator('p', { hasText: uiText('assessment.results.score', { score: 100 }) }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: uiText('nav.continue'), exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: uiText('quickExit.button') }).isVisible()).toBe(false);
  });
});
