import { AxeBuilder } from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { courseText } from '../../../src/course/text-keys';
import { formatViolations, WCAG_22_AA_TAGS } from '../support/axe';
import { loadCourseContent } from '../support/course-text';
import { captureOnFailure } from '../support/failure-capture';
import { onScreen } from '../support/module-walkthrough';
import { previewSuite } from '../support/preview-suite';

/**
 * In an LMS the course runs in a frame. AxeBuilder scans the LMS page and the course
 * frame inside it in one go: the course is checked there too, not only standalone.
 */

const suite = previewSuite('built');

it('axe finds no WCAG 2.2 AA violation in the preview LMS page with the course menu in its frame (SCORM 2004)', async () => {
  const courseId = 'risks-to-children';
  const preview = await suite.open(`?course=${courseId}&version=scorm2004`);
  captureOnFailure(preview.page, 'a11y-preview-frame');
  await onScreen(preview.course, loadCourseContent(courseId).text(courseText.title));

  const results = await new AxeBuilder({ page: preview.page }).withTags(WCAG_22_AA_TAGS).analyze();

  expect(formatViolations(results.violations)).toEqual([]);
  // Targets inside a frame are [frame selector, element selector]: the course's own heading was scanned.
  const scannedInFrame = results.passes.flatMap((rule) => rule.nodes).filter((node) => node.target.length > 1);
  expect(scannedInFrame.some((node) => node.html.startsWith('<h1'))).toBe(true);
  await preview.guard.assertClean(preview.page);
});
