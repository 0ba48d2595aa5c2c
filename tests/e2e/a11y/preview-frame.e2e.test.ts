import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PreviewServer } from '../../../preview/serve';
import { courseText } from '../../../src/course/text-keys';
import { formatViolations, WCAG_22_AA_TAGS } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { loadCourseContent } from '../support/course-text';
import { captureOnFailure } from '../support/failure-capture';
import { onScreen } from '../support/module-walkthrough';
import { openPreview, type PreviewPage } from '../support/preview-page';
import { startPreview } from '../support/served-build';

/**
 * In an LMS the course runs in a frame. AxeBuilder scans the LMS page and the course
 * frame inside it in one go: the course is checked there too, not only standalone.
 */

let browser: Browser;
let server: PreviewServer;
let preview: PreviewPage | undefined;

beforeAll(async () => {
  server = await startPreview('built');
  browser = await launchBrowser();
});

afterAll(async () => {
  await preview?.close();
  await browser?.close();
  await server?.close();
});

it('axe finds no WCAG 2.2 AA violation in the preview LMS page with the course menu in its frame (SCORM 2004)', async () => {
  const courseId = 'risks-to-children';
  preview = await openPreview(browser, `${server.url}?course=${courseId}&version=scorm2004`);
  captureOnFailure(preview.page, 'a11y-preview-frame');
  await onScreen(preview.course, loadCourseContent(courseId).text(courseText.title));

  const results = await new AxeBuilder({ page: preview.page }).withTags(WCAG_22_AA_TAGS).analyze();

  expect(formatViolations(results.violations)).toEqual([]);
  // Targets inside a frame are [frame selector, element selector]: the course's own heading was scanned.
  const scannedInFrame = results.passes.flatMap((rule) => rule.nodes).filter((node) => node.target.length > 1);
  expect(scannedInFrame.some((node) => node.html.startsWith('<h1'))).toBe(true);
  await preview.guard.assertClean(preview.page);
});
