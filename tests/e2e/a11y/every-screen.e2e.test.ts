import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../../preview/serve';
import { assessmentModuleIds } from '../../../src/course/machines/course-rules';
import { launchBrowser } from '../support/browser';
import { FAILURE_DIR } from '../support/failure-capture';
import { guardContext } from '../support/page-guard';
import { startPreview } from '../support/served-build';
import { readTours } from '../../tours/tours';
import { loadCourseMaterial, retriedScenario, tourCourse } from './course-tour';
import { DISPLAY_MODES } from './display-modes';
import { fixLearnerSeed, seedDrawingEveryType } from './learner-seed';
import { CHECKS, createScreenAudit, type CheckId, type ScreenAudit } from './screen-audit';
import { courseKinds } from './screen-kinds';
import { createShellPanels } from './shell-panels';

/**
 * The WCAG 2.2 AA gate: each tour course (every kind of screen of a real course, see
 * COURSE_IDS), walked from the menu to "Course complete" in the standalone build, in
 * each display mode. In the default mode every screen is checked
 * by axe and by the checks axe does not make (page-checks.ts); in the others, every
 * kind of screen (each lesson block type unused and used, each scenario scene, each
 * question type, ...) is, the first time the walk shows it. One walk per course and
 * mode feeds one test per check, which lists every screen that failed it.
 */

/**
 * The tour courses (tests/tours/tours.yaml): one per real course, cut from it with the
 * same audience and settings, holding every kind of screen the real course shows
 * (tests/content/tour-coverage.test.ts). Every screen's content is checked at unit level.
 */
const COURSE_IDS = [...readTours().keys()].sort();

let browser: Browser;
let server: PreviewServer;
const screensChecked = new Map<string, { checked: number; passed: number }>();

beforeAll(async () => {
  server = await startPreview('tours');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  const total = [...screensChecked.values()].reduce((sum, n) => sum + n.checked, 0);
  const each = [...screensChecked].map(([walk, n]) => `${walk}: ${n.checked} checked, ${n.passed} passed through`).join('; ');
  console.log(`Accessibility gate: ${total} screens checked (${each}).`);
});

/** The kinds every course's walk must include, whatever its content: the issue's list of what the gate covers. */
const REQUIRED_KINDS = ['references', 'key points card', 'scenario message thread', 'scenario ending with its recap', 'scenario start after "Try another path"'];

const failWithList = (what: string, problems: readonly string[]): void => {
  if (problems.length > 0) throw new Error(`${problems.length} × not met: ${what}\n${problems.map((p) => `- ${p}`).join('\n')}`);
};

describe.each(COURSE_IDS)('%s', (courseId) => {
  const material = loadCourseMaterial(courseId);
  const learnerSeed = seedDrawingEveryType(
    material.course.course,
    assessmentModuleIds(material.course.course).map((moduleId) => ({ moduleId, questions: material.modules.get(moduleId)!.module.questions })),
  );

  describe.each(DISPLAY_MODES)('$label', (mode) => {
    const walk = `${courseId}, ${mode.id}`;
    let audit: ScreenAudit;

    beforeAll(async () => {
      const context = await browser.newContext({ viewport: mode.viewport });
      context.setDefaultTimeout(15_000);
      const guard = await guardContext(context);
      await fixLearnerSeed(context, learnerSeed.seed);
      const page = await context.newPage();
      const panels = createShellPanels(page, mode.settings, material.course.course.locales.length > 1);
      audit = createScreenAudit(page, mode.settings.reducedMotion ? 'display option' : 'device', mode.coverage);
      try {
        await page.goto(`${server.url}courses/${courseId}/standalone/index.html`);
        await tourCourse({ page, audit, material, panels, firstAttempt: learnerSeed.firstAttempt });
        await guard.assertClean(page);
      } catch (error) {
        await mkdir(FAILURE_DIR, { recursive: true });
        const path = join(FAILURE_DIR, `a11y-${courseId}-${mode.id}.png`);
        await page.screenshot({ path, fullPage: true }).catch(() => undefined);
        throw new Error(`The ${walk} walk stopped (screenshot: ${path}): ${String(error)}`, { cause: error });
      } finally {
        screensChecked.set(walk, { checked: audit.screensChecked, passed: audit.screensPassed });
        await context.close();
      }
    });

    it('reaches every kind of screen', () => {
      const expected = courseKinds(material, retriedScenario(material));
      expect(expected).toEqual(expect.arrayContaining(REQUIRED_KINDS));
      expect([...audit.kinds].sort()).toEqual(expected);
    });

    it.each(Object.entries(CHECKS) as [CheckId, string][])('%s: %s', (check, what) => {
      failWithList(what, audit.problems(check));
    });
  });
});
