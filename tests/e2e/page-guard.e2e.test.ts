import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../preview/serve';
import { launchBrowser } from './support/browser';
import { guardContext } from './support/page-guard';
import { startPreview } from './support/served-build';

/**
 * The guard every browser test relies on must itself catch what it claims to: a page
 * that breaks the CSP (tests/e2e/fixtures/courses/rule-breaker) and any request that
 * leaves the local server.
 */

let browser: Browser;
let server: PreviewServer;

beforeAll(async () => {
  server = await startPreview('fixtures');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('page guard', () => {
  it('records CSP violations in a page, and the blocked inline script does not run', async () => {
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${server.url}courses/rule-breaker/web/index.html`);
    await expect(guard.assertClean(page)).rejects.toThrow(/script-src/);
    await expect(guard.assertClean(page)).rejects.toThrow(/style-src/);
    expect(await page.title()).toBe('Breaks the CSP on purpose');
    await context.close();
  });

  it('records CSP violations inside the course frame of the preview page', async () => {
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${server.url}?course=rule-breaker&version=scorm12`);
    await page.frameLocator('iframe.course-frame').getByRole('heading', { name: 'Breaks the CSP on purpose' }).waitFor();
    await expect(guard.assertClean(page)).rejects.toThrow(/CSP violation in http:\/\/127\.0\.0\.1:\d+\/courses\/rule-breaker\/scorm12\//);
    await context.close();
  });

  it('aborts and records requests to any other host', async () => {
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    // A page without our CSP, so that the request reaches the network layer (the CSP would stop it first).
    await page.goto('about:blank');
    const outcome = await page.evaluate(() =>
      fetch('http://example.invalid/tracker.gif').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(guard.offHostRequests).toEqual(['http://example.invalid/tracker.gif']);
    await expect(guard.assertClean(page)).rejects.toThrow(/Request to another host \(aborted\): http:\/\/example\.invalid\/tracker\.gif/);
    await context.close();
  });

  it('passes a page that keeps the rules', async () => {
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${server.url}courses/fixture-course/scorm12/index.html`);
    await page.getByRole('heading', { name: 'Fixture SCO' }).waitFor();
    await expect(guard.assertClean(page)).resolves.toBeUndefined();
    await context.close();
  });
});
