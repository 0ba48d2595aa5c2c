import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { courseText } from '../../src/course/text-keys';
import { moduleText } from '../../src/course/module-text-keys';
import { loadCourseContent, loadModuleContent, uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { guardContext } from './support/page-guard';
import { previewSuite } from './support/preview-suite';
import { expectText } from './support/waits';

/**
 * The built course on a phone (issue 11, "Phone-first layout"): the header is one row with
 * "Exit this page" first and one Menu holding the rest, and a module shows how far through
 * it the learner is, in words and as a bar.
 */

const COURSE_ID = 'parents-and-carers';
const suite = previewSuite('built');
const course = loadCourseContent(COURSE_ID);

async function openCourse(width: number, textSize: 'standard' | 'larger' = 'standard'): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width, height: 740 } });
  await guardContext(context);
  const page = await context.newPage();
  captureOnFailure(page, `phone-layout-${width}-${textSize}`);
  await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (textSize === 'larger') {
    await page.getByRole('banner').getByRole('button', { name: uiText('app.headerMenu'), exact: true }).click();
    await page.getByRole('button', { name: uiText('preferences.toggle'), exact: true }).click();
    await page.getByRole('radio', { name: uiText('preferences.textSize.larger'), exact: true }).check();
    await page.getByRole('button', { name: uiText('preferences.close'), exact: true }).click();
    await page.getByRole('banner').getByRole('button', { name: uiText('app.headerMenu'), exact: true }).click();
  }
  return page;
}

/** The header's height and its visible controls in reading order, with where each sits. */
function headerLayout(page: Page) {
  return page.getByRole('banner').evaluate((header) => {
    const controls = [...header.querySelectorAll<HTMLElement>('button, a')].filter((el) => el.getClientRects().length > 0);
    return {
      height: header.getBoundingClientRect().height,
      controls: controls.map((el) => {
        const box = el.getBoundingClientRect();
        return { name: el.textContent?.trim() ?? '', top: box.top, bottom: box.bottom, left: box.left };
      }),
      overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

describe('the header on a phone', () => {
  for (const [width, textSize] of [[390, 'standard'], [360, 'standard'], [390, 'larger']] as const) {
    it(`is one row at ${width} px (${textSize} text): "Exit this page" first, then Menu`, async () => {
      const page = await openCourse(width, textSize);
      const layout = await headerLayout(page);
      expect(layout.controls.map((c) => c.name)).toEqual([uiText('quickExit.button'), uiText('app.headerMenu')]);
      const [exit, menu] = layout.controls;
      // One row: the two controls overlap vertically, and the exit is at the row's start.
      expect(menu && exit && menu.top < exit.bottom && exit.top < menu.bottom).toBe(true);
      expect(exit && menu && exit.left < menu.left).toBe(true);
      // Before this layout the header was 198 px at 390 px wide, and 415 px with the larger text.
      expect(layout.height).toBeLessThanOrEqual(textSize === 'standard' ? 64 : 96);
      expect(layout.overflows).toBe(false);
      await page.context().close();
    });
  }

  it('opens Menu in one tap to help and display options, and Exit stays first by keyboard', async () => {
    const page = await openCourse(390);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(uiText('quickExit.button'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('button', { name: uiText('app.headerMenu'), exact: true }).getAttribute('aria-expanded')).toBe('true');
    expect(await banner.getByRole('button', { name: uiText('help.openButton'), exact: true }).isVisible()).toBe(true);
    expect(await banner.getByRole('button', { name: uiText('preferences.toggle'), exact: true }).isVisible()).toBe(true);
    // On the menu itself there is no "Course menu" to press.
    expect(await banner.getByRole('button', { name: uiText('app.menu'), exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await banner.getByRole('button', { name: uiText('help.openButton'), exact: true }).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the module progress bar', () => {
  it('says "Screen n of m" in words and as a progressbar, and moves on with each screen', async () => {
    const first = course.course.modules[0];
    if (!first) throw new Error(`${COURSE_ID} has no modules`);
    const content = loadModuleContent(first.id);
    const total = content.module.steps.length + 2;
    const page = await openCourse(390);
    await page.getByRole('button', { name: `${uiText('menu.start', { title: course.text(courseText.moduleTitle(first.id)) })}`, exact: true }).click();
    if (content.module.contentWarning) await page.getByRole('button', { name: uiText('module.warning.continue'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: content.text(moduleText.introTitle) }).waitFor();
    const bar = page.getByRole('progressbar', { name: uiText('module.progress.label'), exact: true });
    expect(await bar.getAttribute('aria-valuetext')).toBe(uiText('module.progress.screen', { current: 1, total }));
    await expectText(page.locator('.module-progress__words'), uiText('module.progress.screen', { current: 1, total }));

    await page.getByRole('button', { name: uiText('module.intro.start'), exact: true }).click();
    await expectText(page.locator('.module-progress__words'), uiText('module.progress.screen', { current: 2, total }));
    expect(await bar.getAttribute('aria-valuetext')).toBe(uiText('module.progress.screen', { current: 2, total }));
    // Said once through the page's polite live region as well, for screen reader users.
    await page.locator('.visually-hidden[role="status"]', { hasText: uiText('module.progress.screen', { current: 2, total }) }).waitFor({ state: 'attached' });
    await page.context().close();
  });
});
