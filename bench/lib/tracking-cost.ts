import { createLearner, SCREEN_TIMEOUT_MS } from '../learner/learner';
import { readScormStats, SCORM_OBSERVER_SCRIPT, type ScormStats } from '../learner/scorm-observer';
import { uiStrings, uiText } from '../learner/ui-text';
import { MOBILE_VIEWPORT, type BenchBrowser } from './bench-browser';
import type { CourseContent } from './course-content';

/** What one learner's run through a whole course costs the LMS (SCORM 1.2, preview LMS). */
export interface TrackingCost {
  courseId: string;
  version: 'scorm12';
  learnerActions: number;
  apiCalls: number;
  callsByMethod: Record<string, number>;
  commits: number;
  maxSuspendDataLength: number;
  failedCalls: ScormStats['failed'];
  lessonStatus: string | null;
  scoreRaw: string | null;
  /** The course called LMSFinish itself when its frame was unloaded. */
  finishedOnUnload: boolean;
  unknownQuestions: string[];
}

export async function measureTrackingCost(browser: BenchBrowser, baseUrl: string, content: CourseContent): Promise<TrackingCost> {
  const courseId = content.course.id;
  // A fresh profile: no attempt saved by the preview page from an earlier run.
  const context = await browser.playwright.newContext({ viewport: MOBILE_VIEWPORT });
  try {
    await context.addInitScript({ content: SCORM_OBSERVER_SCRIPT });
    const page = await context.newPage();
    page.setDefaultTimeout(SCREEN_TIMEOUT_MS);
    await page.goto(`${baseUrl}?${new URLSearchParams({ course: courseId, version: 'scorm12' }).toString()}`);
    const iframe = page.locator(`iframe[src*="/courses/${courseId}/scorm12/"]`);
    try {
      await iframe.waitFor({ state: 'attached' });
    } catch {
      throw new Error(`The preview LMS page did not open /courses/${courseId}/scorm12/ in an iframe within ${SCREEN_TIMEOUT_MS / 1000} s`);
    }
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('The course iframe in the preview LMS page has no document');

    const learner = createLearner(frame, content);
    const completeTitle = uiText(uiStrings.complete.title);
    await learner.advanceUntil((s) => s.heading === completeTitle, `the "${completeTitle}" screen`);

    // Closing the course the way an LMS does: its frame goes away, and the course should finish on pagehide.
    await iframe.evaluate((element) => element.remove());
    const finishedOnUnload = await page
      .waitForFunction(() => (window.__benchScormStats?.calls['LMSFinish'] ?? 0) > 0, undefined, { timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );

    const stats = await readScormStats(page);
    return {
      courseId,
      version: 'scorm12',
      learnerActions: learner.actions,
      apiCalls: stats.total,
      callsByMethod: stats.calls,
      commits: stats.commits,
      maxSuspendDataLength: stats.maxSuspendDataLength,
      failedCalls: stats.failed,
      lessonStatus: stats.lastValues['cmi.core.lesson_status'] ?? null,
      scoreRaw: stats.lastValues['cmi.core.score.raw'] ?? null,
      finishedOnUnload,
      unknownQuestions: [...learner.unknownQuestions],
    };
  } finally {
    await context.close();
  }
}
