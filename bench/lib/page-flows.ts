import { moduleText } from '../../src/course/module-text-keys';
import { createLearner, SCREEN_TIMEOUT_MS } from '../learner/learner';
import type { BenchBrowser } from './bench-browser';
import { stepHeading, type CourseContent } from './course-content';
import { navigationRun, snapshotRun, timespanRun } from './lighthouse-runs';
import type { MeasuredRun } from './summarise-page';

/**
 * How each page is reached and measured. First screens are cold loads (Lighthouse
 * navigation mode). A lesson or a scenario is not a page load in this single-page app:
 * the learner gets there by clicking, and relaunching shows the module's content
 * warning first, so those two are measured as the learner's clicks that lead to them
 * (timespan mode), then audited where they end (snapshot mode).
 */

export interface FlowTargets {
  /** Heading of the first lesson of the course. */
  lesson: string;
  /** Heading of the screen just before the first scenario. */
  beforeScenario: string;
}

export function flowTargets(content: CourseContent): FlowTargets {
  let lesson: string | null = null;
  for (const entry of content.modules) {
    for (const [index, step] of entry.module.steps.entries()) {
      if (step.type === 'lesson' && lesson === null) lesson = stepHeading(entry, index);
      if (step.type === 'scenario' && lesson !== null) {
        const beforeScenario = index === 0 ? entry.text(moduleText.introTitle) : stepHeading(entry, index - 1);
        return { lesson, beforeScenario };
      }
    }
  }
  throw new Error(
    `Course "${content.course.id}" has no ${lesson === null ? 'lesson' : 'scenario after its first lesson'}: ` +
      'the bench measures the first lesson and the first scenario after it.',
  );
}

export const firstScreenRun = async (browser: BenchBrowser, url: string): Promise<MeasuredRun> => ({
  main: await navigationRun(browser, url),
  snapshot: null,
  heading: null,
});

/** One learner, from a fresh start: the first lesson (lesson run), then on to the first scenario decision (scenario run). */
export async function standaloneFlowRun(
  browser: BenchBrowser,
  url: string,
  content: CourseContent,
): Promise<{ lesson: MeasuredRun; scenario: MeasuredRun }> {
  const targets = flowTargets(content);
  const tab = await browser.openTab();
  try {
    const { page } = tab;
    page.setDefaultTimeout(SCREEN_TIMEOUT_MS);
    // Clear saved progress from a page of the same origin that is not the course: the
    // course itself could save its progress again as it unloads.
    await page.goto(new URL('/bench-blank-page', url).href);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.goto(url);
    const learner = createLearner(page.mainFrame(), content);
    await learner.screen();
    // Playwright compiles its own 330 kB helper script into the page the first time it
    // waits for a condition there. Left to happen inside the lesson's timespan, that was one
    // 80-125 ms task of Playwright's, not the course's, counted as the lesson's blocking time.
    await page.mainFrame().waitForFunction(() => true);

    const lessonGoal = `the first lesson ("${targets.lesson}")`;
    const toLesson = async (): Promise<void> => {
      await learner.advanceUntil((s) => s.heading === targets.lesson, lessonGoal);
    };
    const lessonMain = await timespanRun(tab, toLesson, lessonGoal);
    const lesson: MeasuredRun = { main: lessonMain, snapshot: await snapshotRun(tab, lessonGoal), heading: (await learner.screen()).heading };

    await learner.advanceUntil((s) => s.heading === targets.beforeScenario, `the screen before the first scenario ("${targets.beforeScenario}")`);
    const scenarioGoal = 'the first scenario decision';
    const toScenario = async (): Promise<void> => {
      await learner.advanceUntil((s) => s.choosing, scenarioGoal);
    };
    const scenarioMain = await timespanRun(tab, toScenario, scenarioGoal);
    const scenario: MeasuredRun = { main: scenarioMain, snapshot: await snapshotRun(tab, scenarioGoal), heading: (await learner.screen()).heading };
    return { lesson, scenario };
  } finally {
    await tab.close();
  }
}
