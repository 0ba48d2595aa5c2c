import { createLearner, SCREEN_TIMEOUT_MS } from '../learner/learner';
import { stepsToComplete } from '../learner/step-limit';
import { readScormStats, SCORM_OBSERVER_SCRIPT, type ScormStats } from '../learner/scorm-observer';
import { uiStrings, uiText } from '../learner/ui-text';
import { MOBILE_VIEWPORT, type BenchBrowser } from './bench-browser';
import type { CourseContent } from './course-content';
import { trackingFigures, type TrackingFigures } from './tracking-figures';

export type BenchScormVersion = 'scorm12' | 'scorm2004';
/** The preview LMS's behaviour profiles (preview/src/lms-profiles.ts). */
export const BENCH_PROFILES = ['scorm-again', 'moodle', 'strict'] as const;
export type BenchProfile = (typeof BENCH_PROFILES)[number];

/** The course's text for "Your progress may not be saving" (the notice a learner must never see in a healthy LMS). */
const NOT_SAVING_LOG = /^Tracking: /;

/** What one learner's run through a whole course costs the LMS (preview LMS, one SCORM version and LMS profile). */
export interface TrackingCost {
  courseId: string;
  version: BenchScormVersion;
  profile: BenchProfile;
  figures: TrackingFigures;
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

const FINISH: Record<BenchScormVersion, string> = { scorm12: 'LMSFinish', scorm2004: 'Terminate' };

export async function measureTrackingCost(
  browser: BenchBrowser,
  baseUrl: string,
  content: CourseContent,
  version: BenchScormVersion = 'scorm12',
  profile: BenchProfile = 'scorm-again',
): Promise<TrackingCost> {
  const courseId = content.course.id;
  // A fresh profile: no attempt saved by the preview page from an earlier run.
  const context = await browser.playwright.newContext({ viewport: MOBILE_VIEWPORT });
  try {
    await context.addInitScript({ content: SCORM_OBSERVER_SCRIPT });
    const page = await context.newPage();
    page.setDefaultTimeout(SCREEN_TIMEOUT_MS);
    // Every problem the course reports to the learner ("may not be saving") is logged as a "Tracking:" warning.
    let notices = 0;
    page.on('console', (message) => {
      if (message.type() === 'warning' && NOT_SAVING_LOG.test(message.text())) notices += 1;
    });
    await page.goto(`${baseUrl}?${new URLSearchParams({ course: courseId, version, profile }).toString()}`);
    const iframe = page.locator(`iframe[src*="/courses/${courseId}/${version}/"]`);
    try {
      await iframe.waitFor({ state: 'attached' });
    } catch {
      throw new Error(`The preview LMS page did not open /courses/${courseId}/${version}/ in an iframe within ${SCREEN_TIMEOUT_MS / 1000} s`);
    }
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('The course iframe in the preview LMS page has no document');

    const learner = createLearner(frame, content);
    const completeTitle = uiText(uiStrings.complete.title);
    // As many steps as the course can take, not a fixed number a longer course outgrows.
    await learner.advanceUntil((s) => s.heading === completeTitle, `the "${completeTitle}" screen`, stepsToComplete(content));

    const interactionsStored = await page.evaluate((apiName) => {
      const api = (window as unknown as Record<string, { getFlattenedCMI(): Record<string, unknown> } | undefined>)[apiName];
      return api ? Object.keys(api.getFlattenedCMI()).filter((element) => /^cmi\.interactions\.\d+\.id$/.test(element)).length : 0;
    }, version === 'scorm12' ? 'API' : 'API_1484_11');

    // Closing the course the way an LMS does: its frame goes away, and the course should finish on pagehide.
    await iframe.evaluate((element) => element.remove());
    const finishedOnUnload = await page
      .waitForFunction((finish) => (window.__benchScormStats?.calls[finish] ?? 0) > 0, FINISH[version], { timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );

    const stats = await readScormStats(page);
    return {
      courseId,
      version,
      profile,
      figures: trackingFigures(stats, {
        moduleIds: content.course.modules.map((m) => m.id),
        answersGiven: learner.answers,
        interactionsStored,
        notices,
        // scormId: the objective id the course writes for a module (letters, digits, underscores).
        objectiveId: (id) => id.replace(/[^A-Za-z0-9_]/g, '_'),
      }),
      learnerActions: learner.actions,
      apiCalls: stats.total,
      callsByMethod: stats.calls,
      commits: stats.commits,
      maxSuspendDataLength: stats.maxSuspendDataLength,
      failedCalls: stats.failed,
      lessonStatus: stats.lastValues[version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status'] ?? null,
      scoreRaw: stats.lastValues[version === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw'] ?? null,
      finishedOnUnload,
      unknownQuestions: [...learner.unknownQuestions],
    };
  } finally {
    await context.close();
  }
}
