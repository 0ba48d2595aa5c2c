import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { courseText } from '../../src/course/text-keys';
import { formatViolations, scanDocument } from './support/axe';
import { loadCourseContent, loadModuleContent, uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { revealHeaderControl } from './support/header-menu';
import { tabToLocator } from './support/keyboard';
import { previewSuite } from './support/preview-suite';
import { expectText } from './support/waits';

/**
 * The course's References screen, by keyboard alone, in the preview LMS (SCORM 1.2):
 * opened from the header menu and from the footer, every source of every module once,
 * the "content last reviewed" date, no axe violations, and its sources downloaded only
 * when the learner reaches for it, never with the first screen.
 */

const COURSE_ID = 'risks-to-children';
const suite = previewSuite('built');

const isFocused = (locator: Locator): Promise<boolean> => locator.evaluate((el) => el === el.ownerDocument.activeElement);

function courseFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('The preview page has no course frame');
  return frame;
}

describe('References (SCORM 1.2 in the preview LMS)', () => {
  it('opens by keyboard from the header menu and from the footer, lists every source once and goes back', async () => {
    const { course: courseContent } = loadCourseContent(COURSE_ID);
    const sourceIds = new Set(courseContent.modules.flatMap((ref) => loadModuleContent(ref.id).module.sources));
    const title = loadCourseContent(COURSE_ID).text(courseText.title);

    const preview = await suite.open(`?course=${COURSE_ID}&version=scorm12`);
    const { page, course } = preview;
    captureOnFailure(page, 'references');
    const h1 = course.getByRole('heading', { level: 1 });
    await expectText(h1, title);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const firstScreenScripts = await courseFrame(page).evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

    // From the header (behind "Menu" on a narrow screen).
    const name = uiText('references.link');
    await revealHeaderControl(page, course, name, 'keyboard');
    const headerLink = course.getByRole('banner').getByRole('button', { name, exact: true });
    await tabToLocator(page, headerLink, 'the header’s References');
    await page.keyboard.press('Enter');
    await expectText(h1, uiText('references.title'));
    expect(await isFocused(h1)).toBe(true);
    const newScripts = scripts.filter((path) => !firstScreenScripts.includes(path));
    expect(newScripts.length, 'the References screen and its sources are chunks of their own').toBeGreaterThan(0);

    const article = course.locator('article.references');
    expect(await article.getByRole('list').first().getByRole('listitem').count()).toBe(sourceIds.size);
    if (courseContent.lastReviewed) await expectText(article.locator('time'), /\d{4}/);
    expect(formatViolations(await scanDocument(courseFrame(page)))).toEqual([]);

    await tabToLocator(page, course.getByRole('button', { name: uiText('nav.back'), exact: true }), 'Back');
    await page.keyboard.press('Enter');
    await expectText(h1, title);

    // From the footer: Back returns focus to the footer's link.
    const footerLink = course.getByRole('contentinfo').getByRole('button', { name, exact: true });
    await tabToLocator(page, footerLink, 'the footer’s References');
    await page.keyboard.press('Enter');
    await expectText(h1, uiText('references.title'));
    await tabToLocator(page, course.getByRole('button', { name: uiText('nav.back'), exact: true }), 'Back');
    await page.keyboard.press('Enter');
    await expectText(h1, title);
    await expect.poll(() => isFocused(footerLink)).toBe(true);
    await preview.guard.assertClean(page);
  });
});
