/**
 * Screenshots for the README (docs/screens/): the course menu, every lesson block type
 * the courses use (interactive ones also once checked) and a scenario scene with its
 * message thread, each at 390 px (a phone) and 1280 px (a desktop), cropped to the
 * element so the PNGs stay small. Uses the built standalone courses (`npm run package`
 * first) and Debian's Chromium, as the browser tests do.
 *
 *   npm run screenshots
 *
 * Each screen is reached by saving progress where the standalone course keeps it (earlier
 * modules complete, so a course that unlocks modules in order opens the one wanted), so
 * the script does not depend on which module is where.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { loadCourseContent as loadBuiltContent } from '../scorm/content/load-content';
import { progressLocation } from '../src/course/progress/location';
import { encodeProgress } from '../src/course/progress/progress-codec';
import type { ModuleProgress, ProgressRecord } from '../src/course/progress/progress-record';
import type { LessonBlockType } from '../src/course/schema/lesson-blocks-schema';
import type { LessonStep, Scenario } from '../src/course/schema/module-schema';
import { courseText } from '../src/course/text-keys';
import { moduleText } from '../src/course/module-text-keys';
import { standaloneStorageKey } from '../src/lib/lms/standalone-adapter';
import { launchBrowser } from '../tests/e2e/support/browser';
import { loadCourseContent, loadModuleContent, uiText, type ModuleContent } from '../tests/e2e/support/course-text';
import { answerBlock, isAnsweredBlock, onScreen } from '../tests/e2e/support/module-walkthrough';
import { REPO_ROOT, startPreview } from '../tests/e2e/support/served-build';

const OUT_DIR = join(REPO_ROOT, 'docs', 'screens');
/** Parents first: its modules unlock freely, and it is the course most often opened on a phone. */
const COURSE_IDS = ['parents-and-carers', 'risks-to-children'] as const;
const WIDTHS = [390, 1280] as const;
const BLOCK_ORDER: LessonBlockType[] = ['text', 'callout', 'image', 'reveal-cards', 'accordion', 'spot-the-signs', 'sort-into-groups', 'quote'];
/** How each block type is found on screen. */
const BLOCK_SELECTOR: Record<LessonBlockType, string> = {
  text: '.block-text',
  callout: '.callout',
  image: '.image-block',
  'reveal-cards': '.reveal-cards',
  accordion: '.block.accordion',
  'spot-the-signs': '.spot-the-signs',
  'sort-into-groups': '.sort-into-groups',
  quote: '.quote-block',
};

interface Where {
  courseId: string;
  moduleId: string;
  stepId: string;
}

/** The first lesson (courses in COURSE_IDS order, modules in course order) using each block type. */
function findBlocks(): Map<LessonBlockType, Where & { step: LessonStep; blockId: string }> {
  const found = new Map<LessonBlockType, Where & { step: LessonStep; blockId: string }>();
  for (const courseId of COURSE_IDS) {
    for (const { id: moduleId } of loadCourseContent(courseId).course.modules) {
      for (const step of loadModuleContent(moduleId).module.steps) {
        if (step.type !== 'lesson') continue;
        for (const block of step.blocks ?? []) {
          if (!found.has(block.type)) found.set(block.type, { courseId, moduleId, stepId: step.id, step, blockId: block.id });
        }
      }
    }
  }
  return found;
}

/** The first scenario with a message thread, and the node that first shows one. */
function findThread(): (Where & { scenario: Scenario; content: ModuleContent }) | undefined {
  for (const courseId of COURSE_IDS) {
    for (const { id: moduleId } of loadCourseContent(courseId).course.modules) {
      const content = loadModuleContent(moduleId);
      for (const step of content.module.steps) {
        if (step.type !== 'scenario') continue;
        const scenario = content.module.scenarios.find((s) => s.id === step.scenario);
        if (scenario?.nodes.some((n) => n.messages)) return { courseId, moduleId, stepId: step.id, scenario, content };
      }
    }
  }
  return undefined;
}

/** Opens the course with progress saved at a step of a module, every module before it complete. */
async function openAt(page: Page, baseUrl: string, { courseId, moduleId, stepId }: Where): Promise<void> {
  const courseUrl = `${baseUrl}courses/${courseId}/standalone/index.html`;
  // A page of the same origin that is not the course, so no running course saves over the progress written here.
  await page.goto(`${baseUrl}screenshots-not-the-course`);
  const { course, modules } = loadBuiltContent('modules', courseId);
  const done: ModuleProgress = { completed: true, position: { at: 'summary' }, scenarios: {}, answers: {} };
  const before = course.modules.slice(0, course.modules.findIndex((m) => m.id === moduleId)).map((m) => [m.id, done] as const);
  const progress: ProgressRecord = {
    modules: { ...Object.fromEntries(before), [moduleId]: { completed: false, position: { at: 'step', stepId }, scenarios: {}, answers: {} } },
    assessment: { attempts: [] },
    openModuleId: moduleId,
  };
  const saved = JSON.stringify({ suspendData: encodeProgress(progress, { course, modules }), location: progressLocation(progress) });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [standaloneStorageKey(courseId), saved] as const);
  await page.goto(courseUrl);
  // The course resumes in the module (after its content warning), or offers to from the menu.
  const moduleTitle = loadCourseContent(courseId).text(courseText.moduleTitle(moduleId));
  const warning = page.getByRole('button', { name: uiText('module.warning.continue'), exact: true });
  const resume = page.getByRole('button', { name: uiText('menu.resume', { title: moduleTitle }), exact: true });
  const inModule = page.locator('main article, main section').first();
  await warning.or(resume).or(inModule).first().waitFor();
  if (await resume.isVisible()) await resume.click();
  if (await warning.isVisible({ timeout: 2000 }).catch(() => false)) await warning.click();
  else if (await warning.waitFor({ timeout: 2000 }).then(() => true, () => false)) await warning.click();
}

async function shoot(target: Locator, name: string, width: number): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const path = join(OUT_DIR, `${name}-${width}.png`);
  await target.screenshot({ path, animations: 'disabled' });
  console.log(`  ${path.slice(REPO_ROOT.length + 1)}`);
}

async function capture(browser: Browser, baseUrl: string, width: number): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    // The menu, as a learner first sees it.
    const firstCourse = loadCourseContent(COURSE_IDS[0]);
    await page.goto(`${baseUrl}courses/${firstCourse.course.id}/standalone/index.html`);
    await onScreen(page, firstCourse.text(courseText.title));
    await page.screenshot({ path: join(OUT_DIR, `menu-${width}.png`), animations: 'disabled' });
    console.log(`  docs/screens/menu-${width}.png`);

    for (const [type, where] of [...findBlocks()].sort(([a], [b]) => BLOCK_ORDER.indexOf(a) - BLOCK_ORDER.indexOf(b))) {
      const content = loadModuleContent(where.moduleId);
      await openAt(page, baseUrl, where);
      await onScreen(page, content.text(moduleText.stepTitle(where.stepId)));
      const block = page.locator(BLOCK_SELECTOR[type]).first();
      await block.waitFor();
      if (type === 'reveal-cards') await block.getByRole('button').first().click();
      if (type === 'accordion') await block.locator('summary').first().click();
      await shoot(block, `block-${type}`, width);
      const data = where.step.blocks?.find((b) => b.id === where.blockId);
      if (data && isAnsweredBlock(data)) {
        await answerBlock({ page, frame: page, content, input: 'pointer' }, where.stepId, data, 'first wrong');
        await shoot(page.locator(BLOCK_SELECTOR[type]).first(), `block-${type}-checked`, width);
      }
    }

    const thread = findThread();
    if (thread) {
      const { scenario, content } = thread;
      await openAt(page, baseUrl, thread);
      await page.getByRole('button', { name: uiText('scenario.start'), exact: true }).click();
      // The best choice at each node until a node shows a thread.
      for (let node = scenario.nodes.find((n) => n.id === scenario.start); node && !node.messages; ) {
        const best = node.choices.reduce((a, b) => (b.score > a.score ? b : a));
        await page.getByRole('radio', { name: content.text(moduleText.choiceLabel(scenario.id, node.id, best.id)), exact: true }).check();
        await page.getByRole('button', { name: uiText('scenario.choose'), exact: true }).click();
        await page.getByRole('button', { name: uiText('nav.continue'), exact: true }).click();
        node = scenario.nodes.find((n) => n.id === best.next);
      }
      await page.locator('.thread').waitFor();
      await shoot(page.locator('main'), 'scenario-thread', width);
    }
  } finally {
    await context.close();
  }
}

/**
 * The Urdu screenshots (the right-to-left test, which `npm run screenshots` runs next) need an
 * Urdu font: without one Chromium draws empty boxes, and the README would show them.
 */
function checkFonts(): void {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=ur', 'family'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: the message below says what to install.
  }
  if (families.trim() === '') {
    throw new Error('scripts/screenshots.ts: no font on this machine can show Urdu, so its screenshots would show empty boxes. Install Debian\'s fonts-noto-core (apt-get install -y fonts-noto-core), as .ci/run does.');
  }
}

async function main(): Promise<void> {
  checkFonts();
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const server = await startPreview('built');
  const browser = await launchBrowser();
  try {
    for (const width of WIDTHS) {
      console.log(`${width} px:`);
      await capture(browser, server.url, width);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
