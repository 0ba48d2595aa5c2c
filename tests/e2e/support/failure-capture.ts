import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { DIST_DIR } from './served-build';

export const FAILURE_DIR = join(DIST_DIR, 'e2e-failures');

/**
 * When the current test fails, saves a full-page screenshot of what the browser showed
 * to dist/e2e-failures/<name>.png, so a failure on CI can be seen, not guessed at.
 */
export function captureOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    await mkdir(FAILURE_DIR, { recursive: true });
    const path = join(FAILURE_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    console.error(`Screenshot of the failed test: ${path}`);
  });
}
