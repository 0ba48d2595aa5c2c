import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../preview/server/security-headers';
import { guardContext } from './support/page-guard';
import { callsOf } from './support/preview-page';
import { previewSuite } from './support/preview-suite';
import { DIST_DIR, REPO_ROOT, requireBuilt } from './support/served-build';
import { expectAtLeast } from './support/waits';
import { loadPackagingCourse } from '../../scorm/package/course-source';
import { thisProject } from '../../scorm/cli-support';

/**
 * Every course, as built by `npm run package`: it starts inside the preview LMS in
 * both SCORM versions and on its own (standalone), under the strict CSP, without a
 * single request to another host.
 */

const courseIds = readdirSync(join(REPO_ROOT, 'modules', 'courses'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const suite = previewSuite('built');

it('finds the courses to test in modules/courses/', () => {
  expect(courseIds.length).toBeGreaterThan(0);
});

describe.each(courseIds)('%s', (courseId) => {
  it.each([
    ['scorm12', 'LMSInitialize'],
    ['scorm2004', 'Initialize'],
  ] as const)('starts in the preview LMS (%s): the course finds the API and shows its first screen', async (version, initialize) => {
    requireBuilt(join(DIST_DIR, courseId, version, 'index.html'));
    const preview = await suite.open(`?course=${courseId}&version=${version}`);
    await preview.course.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAtLeast(callsOf(preview, initialize), 1);
    expect(await callsOf(preview, initialize).first().locator('td').nth(3).textContent()).toBe('"true"');
    expect(preview.documentHeaders.get('/')?.['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(preview.documentHeaders.get(`/courses/${courseId}/${version}/index.html`)?.['content-security-policy']).toBe(
      CONTENT_SECURITY_POLICY,
    );
    await preview.guard.assertClean(preview.page);
  });

  it('runs standalone, outside any frame, under the same CSP', async () => {
    requireBuilt(join(DIST_DIR, courseId, 'standalone', 'index.html'));
    const context = await suite.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    const response = await page.goto(`${suite.url}courses/${courseId}/standalone/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.evaluate(() => window.top === window)).toBe(true);
    await guard.assertClean(page);
    await context.close();
  });

  it('shows what the course is, and a working quick exit, before its script runs; the player then replaces it', async () => {
    requireBuilt(join(DIST_DIR, courseId, 'standalone', 'index.html'));
    const { title } = loadPackagingCourse(thisProject(), courseId);
    const url = `${suite.url}courses/${courseId}/standalone/index.html`;

    const noScript = await suite.browser.newContext({ javaScriptEnabled: false });
    const before = await noScript.newPage();
    await before.goto(url);
    await expect.poll(() => before.locator('.start-shell__title').textContent()).toBe(title);
    expect(await before.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).toMatch(/^https:\/\//);
    // Not a heading: nothing should take it for the first screen.
    expect(await before.getByRole('heading').count()).toBe(0);
    await noScript.close();

    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.start-shell').count()).toBe(0);
    // The title is in the header (with the edition under it) and the h1, and nowhere else.
    expect(await page.getByRole('banner').locator('.site-header__title').textContent()).toContain(title);
    expect(await page.getByText(title, { exact: true }).count()).toBe(1);
    await context.close();
  });
});
