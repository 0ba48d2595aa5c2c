import type { Locator } from 'playwright-core';

/**
 * Waiting for what the user would see, with Playwright's own auto-waiting (no sleeps),
 * and failing with what was actually there.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until one of the locator's elements shows exactly this text (or matches the pattern). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  const pattern = typeof expected === 'string' ? new RegExp(`^\\s*${escapeRegExp(expected)}\\s*$`) : expected;
  // Playwright's hasText never matches an empty element, so "empty" is "no visible character".
  const matching = expected === '' ? locator.filter({ hasNotText: /\S/ }) : locator.filter({ hasText: pattern });
  try {
    // 'attached', not the default 'visible': an element with no text has no size.
    await matching.first().waitFor({ state: 'attached' });
  } catch {
    const actual = await locator.allTextContents().catch(() => ['(not found)']);
    throw new Error(`Expected ${String(locator)} to show ${String(expected)}; it shows ${JSON.stringify(actual)}`);
  }
}

/** Waits until the locator matches at least `count` elements. */
export async function expectAtLeast(locator: Locator, count: number): Promise<void> {
  try {
    await locator.nth(count - 1).waitFor({ state: 'attached' });
  } catch {
    throw new Error(`Expected at least ${count} of ${String(locator)}; found ${await locator.count()}`);
  }
}
