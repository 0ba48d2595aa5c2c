import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { courseText } from '../../../src/course/text-keys';
import { moduleText } from '../../../src/course/module-text-keys';
import { formatViolations, scanDocument } from '../support/axe';
import { loadCourseContent, loadModuleContent, uiText } from '../support/course-text';
import { captureOnFailure } from '../support/failure-capture';
import { guardContext } from '../support/page-guard';
import { previewSuite } from '../support/preview-suite';
import { REPO_ROOT } from '../support/served-build';
import { expectText } from '../support/waits';
import { horizontalOverflow } from './page-checks';

/**
 * The parents' course in Urdu, right to left, in one short walk of the standalone build on
 * a phone: a browser set to Urdu starts in Urdu (`<html lang="ur" dir="rtl">`); the menu, a
 * lesson, a scenario and a module not yet translated pass the accessibility gate (axe,
 * reflow) in Urdu; Back sits to the right of Next; switching to English keeps the screen,
 * and the choice outlives a reload (the browser still asks for Urdu). Screenshots of each
 * screen go to dist/screens/ur-*.png, or to SCREENS_DIR: `npm run screenshots` sets it to
 * docs/screens, so a test run never changes the repository's files.
 */

const COURSE_ID = 'parents-and-carers';
const TRANSLATED = 'parents-online-world';
const UI_FILES = ['ui', 'player', 'statement', 'panels'];
const SCREENS_DIR = join(REPO_ROOT, process.env['SCREENS_DIR'] ?? join('dist', 'screens'));

const suite = previewSuite('built');

type Tree = Record<string, unknown>;
const readJson = (file: string): Tree => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Tree;
const readYaml = (file: string): Tree => parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Tree;

function textAt(tree: Tree, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Tree)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const urUi = UI_FILES.map((part) => readJson(`src/lib/i18n/locales/ur/${part}.json`));
/** An Urdu interface string as an accessible name; the English one where Urdu has none yet (as the player does). */
function urText(key: string, values: Record<string, string> = {}): string {
  const text = urUi.map((tree) => textAt(tree, key)).find((found) => found !== undefined);
  if (text === undefined) return uiText(key, values);
  return text
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole)
    .replace(/<\/?hidden>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const urCourse = readYaml(`modules/courses/${COURSE_ID}/locales/ur.yaml`);
const urModule = readYaml(`modules/${TRANSLATED}/locales/ur.yaml`);
const urCourseText = (key: string): string => textAt(urCourse, key) ?? '';
const urModuleText = (key: string): string => textAt(urModule, key) ?? '';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function checkScreen(page: Page, name: string): Promise<void> {
  expect(formatViolations(await scanDocument(page)), `axe on the ${name} in Urdu`).toEqual([]);
  expect(await horizontalOverflow(page), `reflow on the ${name} in Urdu`).toBeNull();
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `ur-${name}-390.png`), fullPage: false, animations: 'disabled' });
}

/** The header control of that name, behind the phone's "Menu" toggle (named in the language shown). */
async function headerButton(page: Page, name: string, menu = urText('app.headerMenu')) {
  const banner = page.getByRole('banner');
  const control = banner.getByRole('button', { name, exact: true });
  if (!(await control.isVisible())) await banner.getByRole('button', { name: menu, exact: true }).click();
  return control;
}

describe('the parents’ course in Urdu, right to left (standalone, 390 px phone)', () => {
  it('starts in Urdu for an Urdu browser, mirrors its layout, passes the gate, and switches to English keeping the screen', async () => {
    const context = await suite.browser.newContext({ locale: 'ur-PK', viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const guard = await guardContext(context);
    const page = await context.newPage();
    captureOnFailure(page, 'right-to-left');
    await page.goto(`${suite.url}courses/${COURSE_ID}/standalone/index.html`);

    // The menu: Urdu, right to left, from the browser's language.
    await expectText(h1(page), urCourseText(courseText.title));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    await checkScreen(page, 'menu');
    // Numbers stay left to right: a phone number in the help panel keeps its groups in order.
    await (await headerButton(page, urText('help.openButton'))).click();
    const childline = page.locator('a[href^="tel:0800"]').first();
    await expectText(childline.locator('bdi[dir="ltr"]'), '0800 1111');
    await checkScreen(page, 'help');
    await page.getByRole('button', { name: urText('help.close'), exact: true }).first().click();

    // A lesson: Back is on the right, Next on the left (the reading order runs right to left).
    const moduleTitle = urCourseText(courseText.moduleTitle(TRANSLATED));
    await page.getByRole('button', { name: urText('menu.start', { title: moduleTitle }) }).click();
    await expectText(h1(page), urModuleText(moduleText.introTitle));
    await checkScreen(page, 'module-intro');
    await page.getByRole('button', { name: urText('module.intro.start'), exact: true }).click();
    const { module } = loadModuleContent(TRANSLATED, 'ur');
    const lessons = module.steps.filter((step) => step.type === 'lesson');
    await expectText(h1(page), urModuleText(moduleText.stepTitle(lessons[0]?.id ?? '')));
    await page.getByRole('button', { name: urText('nav.next'), exact: true }).click();
    await expectText(h1(page), urModuleText(moduleText.stepTitle(lessons[1]?.id ?? '')));
    const back = await page.getByRole('button', { name: urText('nav.back'), exact: true }).boundingBox();
    const next = await page.getByRole('button', { name: urText('nav.next'), exact: true }).boundingBox();
    if (!back || !next) throw new Error('Back and Next are not both on the lesson screen');
    expect(back.x, 'Back is to the right of Next in Urdu').toBeGreaterThan(next.x);
    await checkScreen(page, 'lesson');

    // A scenario: through the remaining lessons to the first one.
    const scenarioIndex = module.steps.findIndex((step) => step.type === 'scenario');
    for (let i = 2; i < scenarioIndex; i++) {
      await page.getByRole('button', { name: urText('nav.next'), exact: true }).click();
      await expectText(h1(page), urModuleText(moduleText.stepTitle(module.steps[i]?.id ?? '')));
    }
    await page.getByRole('button', { name: urText('nav.next'), exact: true }).click();
    const scenarioStep = module.steps[scenarioIndex];
    if (scenarioStep?.type !== 'scenario') throw new Error(`${TRANSLATED} has no scenario step`);
    await expectText(h1(page), new RegExp(urModuleText(moduleText.scenarioTitle(scenarioStep.scenario)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await checkScreen(page, 'scenario');

    // Switch to English from the header: the same screen, now in English, left to right.
    await (await headerButton(page, urText('language.toggle'))).click();
    await expectText(page.locator('.language-picker__intro'), urText('language.intro'));
    await checkScreen(page, 'language');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const english = loadModuleContent(TRANSLATED);
    const englishScenarioTitle = english.text(moduleText.scenarioTitle(scenarioStep.scenario));
    await expectText(h1(page), new RegExp(englishScenarioTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-GB', 'ltr']);
    // The choice is kept with the progress: a reload stays in English, on the same screen, though the browser asks for Urdu.
    await page.reload();
    await expectText(h1(page), new RegExp(englishScenarioTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    // Back to Urdu, and a module with no Urdu text yet: English, marked as such, with a note.
    await (await headerButton(page, uiText('language.toggle'), uiText('app.headerMenu'))).click();
    await page.getByRole('button', { name: 'اردو', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await (await headerButton(page, urText('app.menu'))).click();
    await expectText(h1(page), urCourseText(courseText.title));
    const { course } = loadCourseContent(COURSE_ID);
    const untranslated = course.modules.map((ref) => ref.id).find((id) => !hasUrdu(id));
    expect(untranslated, 'a parents’ module with no Urdu text yet (the walk needs one to show the note)').toBeDefined();
    const untranslatedTitle = urCourseText(courseText.moduleTitle(untranslated ?? ''));
    await page.getByRole('button', { name: urText('menu.start', { title: untranslatedTitle }) }).click();
    await expectText(page.locator('.untranslated-note'), urText('module.untranslated.module'));
    expect(await page.locator('main [lang="en-GB"][dir="ltr"]').count(), 'the English texts are marked as English').toBeGreaterThan(0);
    // Plain texts too, not only Markdown: the heading is the module's English title.
    expect(await h1(page).locator('[lang="en-GB"][dir="ltr"]').count(), 'the English heading is marked as English').toBe(1);
    await checkScreen(page, 'untranslated-module');

    await guard.assertClean(page);
    await context.close();
  });
});

function hasUrdu(moduleId: string): boolean {
  return existsSync(join(REPO_ROOT, 'modules', moduleId, 'locales', 'ur.yaml'));
}
