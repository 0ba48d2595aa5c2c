import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import previewText from '../../preview/locales/en-GB.json';
import { uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { chooseRadio, pressButton, setCheckbox } from './support/keyboard';
import { guardContext } from './support/page-guard';
import { revealHeaderControl } from './support/header-menu';
import { previewSuite } from './support/preview-suite';
import { expectText } from './support/waits';

/**
 * Display options chosen by keyboard apply at once and come back: after "Close and
 * relaunch" in the preview LMS (from this browser, and from the LMS record alone, as on
 * another computer), and after a reload of the standalone course.
 */

const COURSE_ID = 'risks-to-children';
const PREFERENCES_KEY = `online-safety-course:${COURSE_ID}:preferences`;

const suite = previewSuite('built');

type Scope = Page | FrameLocator;

/** What the learner sees of the preferences: the root font size and the page colours. */
function looks(scope: Scope) {
  return scope.locator('html').evaluate((html) => {
    const body = getComputedStyle(html.ownerDocument.body);
    return {
      classes: [...html.classList].sort(),
      fontSize: getComputedStyle(html).fontSize,
      background: body.backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(html).backgroundColor : body.backgroundColor,
      text: body.color,
    };
  });
}

const HIGH_CONTRAST_LARGER = {
  classes: ['high-contrast', 'text-size-larger'],
  fontSize: '24px',
  background: 'rgb(0, 0, 0)',
  text: 'rgb(255, 255, 255)',
};

async function openDisplayOptions(page: Page, scope: Scope): Promise<void> {
  await revealHeaderControl(page, scope, uiText('preferences.toggle'), 'keyboard');
  await pressButton(page, scope, uiText('preferences.toggle'));
  await expectText(scope.getByRole('group', { name: uiText('preferences.textSize.legend') }).locator('legend'), uiText('preferences.textSize.legend'));
}

describe('display options in the preview LMS (SCORM 1.2)', () => {
  it('apply at once by keyboard, close with Escape, and come back after "Close and relaunch"', async () => {
    const preview = await suite.open(`?course=${COURSE_ID}&version=scorm12`);
    const { page, course } = preview;
    captureOnFailure(page, 'preferences-preview');
    await course.getByRole('heading', { level: 1 }).first().waitFor();
    expect((await looks(course)).classes).toEqual([]);

    await openDisplayOptions(page, course);
    await chooseRadio(page, course, uiText('preferences.textSize.larger'));
    await setCheckbox(page, course, uiText('preferences.highContrast.label'), true);
    expect(await looks(course)).toEqual(HIGH_CONTRAST_LARGER);

    // One Escape closes the panel (two would be the quick exit) and focus goes back to its button.
    await page.keyboard.press('Escape');
    const toggle = course.getByRole('button', { name: uiText('preferences.toggle') });
    await expectText(toggle, uiText('preferences.toggle'));
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Relaunch from the same browser.
    await page.getByRole('button', { name: previewText.attempt.relaunch }).click();
    await expectText(preview.cmiValue('cmi.core.entry'), 'resume');
    await course.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await looks(course)).toEqual(HIGH_CONTRAST_LARGER);

    // As on another computer: nothing kept in this browser, only the LMS record.
    await course.locator('html').evaluate((_, key) => localStorage.removeItem(key), PREFERENCES_KEY);
    await page.getByRole('button', { name: previewText.attempt.relaunch }).click();
    await course.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await looks(course)).toEqual(HIGH_CONTRAST_LARGER);

    await preview.guard.assertClean(page);
  });
});

describe('display options in the standalone course', () => {
  it('are kept over a reload', async () => {
    const context = await suite.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    captureOnFailure(page, 'preferences-standalone');
    await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await openDisplayOptions(page, page);
    await chooseRadio(page, page, uiText('preferences.textSize.large'));
    await setCheckbox(page, page, uiText('preferences.readableFont.label'), true);
    const chosen = await looks(page);
    expect(chosen.classes).toEqual(['readable-font', 'text-size-large']);
    expect(chosen.fontSize).toBe('20px');
    const spacing = () => page.locator('body').evaluate((body) => getComputedStyle(body).letterSpacing);
    expect(await spacing()).not.toBe('normal');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await looks(page)).toEqual(chosen);
    expect(await spacing()).not.toBe('normal');

    await guard.assertClean(page);
    await context.close();
  });

  it('fit a 320 px wide screen at the largest text size with the panel open, without scrolling sideways', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    captureOnFailure(page, 'preferences-320');
    await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await openDisplayOptions(page, page);
    await chooseRadio(page, page, uiText('preferences.textSize.larger'));
    await setCheckbox(page, page, uiText('preferences.readableFont.label'), true);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    // Every control in the panel is at least 24×24 CSS px (WCAG 2.5.8).
    const panelControls = page.locator('.display-options__panel').locator('input, button');
    const sizes = await panelControls.evaluateAll((elements) => elements.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});
