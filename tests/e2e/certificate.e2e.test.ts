import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeProgress } from '../../src/course/progress/progress-encoder';
import { chooseSalt } from '../../src/course/progress/progress-keys';
import { emptyModuleProgress, type ProgressRecord } from '../../src/course/progress/progress-record';
import type { Module } from '../../src/course/schema/module-schema';
import { standaloneStorageKey } from '../../src/lib/lms/standalone-adapter';
import { formatViolations, scanDocument } from './support/axe';
import { launchBrowser } from './support/browser';
import { uiText } from './support/course-text';
import { captureOnFailure } from './support/failure-capture';
import { onScreen } from './support/module-walkthrough';
import { guardContext } from './support/page-guard';
import { loadCourseMaterial } from './tracking/course-run';
import { servePackages, type ServedPackages } from './tracking/served-packages';

/**
 * A learner who finished the standalone parents' course earlier comes back for their
 * certificate: the menu leads to the course's end, the certificate takes a typed name, and the
 * PDF it downloads (made in the browser, under the preview server's strict CSP) holds every
 * field as text. pdf-lib downloads only when the learner asks for the certificate.
 */

const COURSE_ID = 'parents-and-carers';

let browser: Browser;
let served: ServedPackages;

beforeAll(async () => {
  served = await servePackages([COURSE_ID], { standalone: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Every module done and the final assessment passed, 2 h 5 min in the course, as the build would save it. */
function finishedProgress(): string {
  const material = loadCourseMaterial(COURSE_ID);
  const modules: Record<string, Module> = Object.fromEntries(material.modules.map((m) => [m.id, m.content.module]));
  const content = { course: material.course.course, modules };
  const progress: ProgressRecord = {
    modules: Object.fromEntries(material.modules.map((m) => [m.id, { ...emptyModuleProgress(), completed: true, position: { at: 'summary' as const } }])),
    assessment: { attempts: [{ seed: 7, score: 92, answers: {} }] },
    openModuleId: null,
    timeSpentSeconds: 2 * 3600 + 5 * 60,
  };
  return encodeProgress(progress, content, { salt: chooseSalt(content) });
}

it(`${COURSE_ID}: a learner who finished comes back for the certificate and downloads it as a PDF with every field`, async () => {
  const material = loadCourseMaterial(COURSE_ID);
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const guard = await guardContext(context);
    context.setDefaultTimeout(20_000);
    await context.addInitScript(
      ([key, saved]) => {
        // Every frame runs it, and a frame without an origin of its own has no storage to reach.
        try {
          if (!localStorage.getItem(key)) localStorage.setItem(key, saved);
        } catch {
          // Not the course's page.
        }
      },
      [standaloneStorageKey(COURSE_ID), JSON.stringify({ suspendData: finishedProgress(), location: '' })] as const,
    );
    const page = await context.newPage();
    captureOnFailure(page, `certificate-${COURSE_ID}`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(`${served.server.url}courses/${COURSE_ID}/standalone/index.html`);
    await onScreen(page, material.title);
    await page.getByRole('button', { name: uiText('menu.completeAgain') }).click();
    await onScreen(page, uiText('complete.title'));
    await page.getByText(uiText('completion.timeSpent', { time: '2 hours 5 minutes' })).waitFor();
    expect(requested.filter((url) => /certificate-pdf|noto-sans/.test(url))).toEqual([]);

    await page.getByRole('button', { name: uiText('completion.certificate.open') }).click();
    await onScreen(page, uiText('certificate.heading'));
    // No LMS here: the learner types their name, and the certificate on screen shows it.
    await page.getByRole('textbox', { name: uiText('certificate.nameLabel') }).fill('Siân Jones');
    const certificate = page.getByRole('article', { name: uiText('certificate.title') });
    await certificate.getByText('Siân Jones').waitFor();
    expect(formatViolations(await scanDocument(page))).toEqual([]);
    // A phone, or 400 % zoom: everything fits the width, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(formatViolations(await scanDocument(page))).toEqual([]);

    // By keyboard: the download is a button with a clear name, and its outcome is announced.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: uiText('certificate.download') }).focus();
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`certificate-${COURSE_ID}-sian-jones.pdf`);
    await page.getByRole('status').filter({ hasText: uiText('certificate.ready', { file: file.suggestedFilename() }) }).waitFor();

    const bytes = new Uint8Array(await readFile(await file.path()));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([uiText('certificate.title'), uiText('certificate.lead'), 'Siân Jones', uiText('certificate.completed'), material.title]);
    expect(lines).toContain(uiText('certificate.partnership', { partnership: 'National edition' }));
    expect(lines).toContainEqual(expect.stringMatching(/^Date issued: \d{1,2} [A-Z][a-z]+ \d{4}$/));
    expect(lines).toContain(uiText('certificate.score', { score: 92 }));
    expect(lines).toContain(uiText('certificate.timeSpent', { time: '2 hours 5 minutes' }));
    expect(lines).toContainEqual(expect.stringMatching(/^Course version: \S+$/));
    // The name went nowhere but the PDF: not into the saved progress.
    const saved = await page.evaluate((key) => localStorage.getItem(key), standaloneStorageKey(COURSE_ID));
    expect(saved).not.toContain('Jones');
    await guard.assertClean(page);
  } finally {
    await context.close();
  }
});
