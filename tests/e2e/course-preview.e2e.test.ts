import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../preview/serve';
import { CONTENT_SECURITY_POLICY } from '../../preview/server/security-headers';
import { launchBrowser } from './support/browser';
import { guardContext } from './support/page-guard';
import { callsOf, openPreview, type PreviewPage } from './support/preview-page';
import { DIST_DIR, REPO_ROOT, requireBuilt, startPreview } from './support/served-build';
import { expectAtLeast } from './support/waits';

/**
 * Every course, as built by `npm run package`: it starts inside the preview LMS in
 * both SCORM versions and on its own (standalone), under the strict CSP, without a
 * single request to another host.
 */

const courseIds = readdirSync(join(REPO_ROOT, 'modules', 'courses'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

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

it('finds the courses to test in modules/courses/', () => {
  expect(courseIds.length).toBeGreaterThan(0);
});

describe.each(courseIds)('%s', (courseId) => {
  it.each([
    ['scorm12', 'LMSInitialize'],
    ['scorm2004', 'Initialize'],
  ] as const)('starts in the preview LMS (%s): the course finds the API and shows its first screen', async (version, initialize) => {
    requireBuilt(join(DIST_DIR, courseId, version, 'index.html'));
    preview = await openPreview(browser, `${server.url}?course=${courseId}&version=${version}`);
    await preview.course.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAtLeast(callsOf(preview, initialize), 1);
    expect(await callsOf(preview, initialize).first().locator('td').nth(3).textContent()).toBe('"true"');
    expect(preview.documentHeaders.get('/')?.['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(preview.documentHeaders.get(`/courses/${courseId}/${version}/index.html`)?.['content-security-policy']).toBe(
      CONTENT_SECURITY_POLICY,
    );
    await preview.guard.assertClean(preview.page);
    await preview.close();
    preview = undefined;
  });

  it('runs standalone, outside any frame, under the same CSP', async () => {
    requireBuilt(join(DIST_DIR, courseId, 'standalone', 'index.html'));
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    const response = await page.goto(`${server.url}courses/${courseId}/standalone/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.evaluate(() => window.top === window)).toBe(true);
    await guard.assertClean(page);
    await context.close();
  });
});
