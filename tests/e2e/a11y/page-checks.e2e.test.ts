import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatViolations, scanDocument } from '../support/axe';
import { launchBrowser } from '../support/browser';
import {
  headingFocusProblem,
  horizontalOverflow,
  invisibleFocus,
  motionWithReducedMotion,
  rememberLiveRegions,
  undersizedTargets,
  unannouncedFeedback,
} from './page-checks';

/**
 * The checks the accessibility gate relies on, each shown failing on a small page made
 * to break its rule and passing on one that keeps it, so a green gate means something.
 */

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const show = (css: string, body: string): Promise<void> =>
  page.setContent(`<!doctype html><html lang="en-GB"><head><title>Check</title><style>body { margin: 0; } ${css}</style></head><body>${body}</body></html>`);

describe('axe scan', () => {
  it('reports a missing accessible name with rule, impact, selector and help URL', async () => {
    await show('', '<h1>Page</h1><button id="unnamed"></button>');
    const lines = formatViolations(await scanDocument(page));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^button-name \(critical\) at #unnamed: .* See https:\/\/dequeuniversity\.com\/rules\/axe\/.*button-name/);
  });

  it('finds nothing wrong on a plain page', async () => {
    await show('', '<h1>Page</h1><button>Next</button>');
    expect(formatViolations(await scanDocument(page))).toEqual([]);
  });
});

describe('reflow', () => {
  it('names what is too wide for a 320 px viewport', async () => {
    await show('.wide { inline-size: 500px; }', '<h1>Page</h1><p class="wide">A long line</p>');
    expect(await horizontalOverflow(page)).toMatch(/500px wide in a 320px viewport; too wide: <p class="wide"> "A long line"/);
  });

  it('passes a page that wraps', async () => {
    await show('', `<h1>Page</h1><p>${'word '.repeat(200)}</p>`);
    expect(await horizontalOverflow(page)).toBeNull();
  });
});

describe('target size', () => {
  it('fails small controls that crowd each other', async () => {
    await show('button { inline-size: 16px; block-size: 16px; padding: 0; margin: 0; border: 0; }', '<h1>Page</h1><button>a</button><button>b</button>');
    const problems = await undersizedTargets(page);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/<button> "a" \(16\.0×16\.0 px\) is smaller than 24×24 px and too close to <button> "b"/);
  });

  it('passes 24 px controls, a small control with space round it, and links in a sentence', async () => {
    await show(
      '.big { inline-size: 24px; block-size: 24px; padding: 0; margin: 0; } .small { inline-size: 16px; block-size: 16px; margin-block: 40px; }',
      '<h1>Page</h1><button class="big">a</button><button class="big">b</button><p><button class="small">c</button></p><p>See <a href="#x">this</a> and <a href="#y">that</a>.</p>',
    );
    expect(await undersizedTargets(page)).toEqual([]);
  });
});

describe('reduced motion', () => {
  it('fails a transition and an animation that ignore prefers-reduced-motion', async () => {
    await show(
      '@keyframes spin { to { rotate: 1turn; } } .spin { animation: spin 1s infinite; } button { transition: color 0.2s; }',
      '<h1>Page</h1><p class="spin">Loading</p><button>Go</button>',
    );
    const problems = await motionWithReducedMotion(page);
    expect(problems.some((p) => p.includes('<p class="spin"> has a 1s animation "spin"'))).toBe(true);
    expect(problems.some((p) => p.includes('<button class=""> has a 0.2s transition of color'))).toBe(true);
  });

  it('without emulating the device setting, finds motion that a page-level option should have stopped', async () => {
    await show('button { transition: color 0.2s; } .reduced-motion button { transition: none; }', '<h1>Page</h1><button>Go</button>');
    expect(await motionWithReducedMotion(page, 'display option')).toEqual(['<button class=""> has a 0.2s transition of color']);
    await page.evaluate(() => document.body.classList.add('reduced-motion'));
    expect(await motionWithReducedMotion(page, 'display option')).toEqual([]);
  });

  it('passes motion that only plays for people who have not asked for less', async () => {
    await show(
      '@keyframes spin { to { rotate: 1turn; } } @media (prefers-reduced-motion: no-preference) { .spin { animation: spin 1s infinite; } }',
      '<h1>Page</h1><p class="spin">Loading</p>',
    );
    expect(await motionWithReducedMotion(page)).toEqual([]);
  });
});

describe('visible focus', () => {
  beforeEach(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('fails a control whose focus outline is removed', async () => {
    await show('.bare:focus { outline: none; }', '<h1>Page</h1><button>Fine</button><button class="bare">Bare</button>');
    expect(await invisibleFocus(page)).toEqual(['<button> "Bare" has focus but no visible outline or box-shadow']);
  });

  it('passes controls that keep an outline or draw a box-shadow', async () => {
    await show('.ring:focus-visible { outline: none; box-shadow: 0 0 0 3px #1b1b1f; }', '<h1>Page</h1><a href="#a">Link</a><button class="ring">Ring</button><input aria-label="Name">');
    expect(await invisibleFocus(page)).toEqual([]);
  });

  it('in a round of <main>, checks its controls only, from its start to where focus leaves it', async () => {
    await show(
      '.bare:focus { outline: none; }',
      '<header><button class="bare">Header</button></header><main tabindex="-1"><h1>Page</h1><button class="bare">Inside</button><a href="#a">Link</a></main><footer><button class="bare">Footer</button></footer>',
    );
    await page.getByRole('link').focus();
    expect(await invisibleFocus(page, 'main')).toEqual(['<button> "Inside" has focus but no visible outline or box-shadow']);
  });

  it('says so when Tab reaches nothing', async () => {
    await show('', '<h1>Page</h1><p>No controls</p>');
    expect(await invisibleFocus(page)).toEqual(['Tab reached no control at all']);
  });
});

describe('focus on a new screen', () => {
  it('passes when the h1 has focus, and fails naming what has it instead', async () => {
    await show('', '<h1 tabindex="-1">Screen</h1><button>Next</button>');
    await page.getByRole('heading').focus();
    expect(await headingFocusProblem(page)).toBeNull();
    await page.getByRole('button').focus();
    expect(await headingFocusProblem(page)).toBe(`focus is on <button> "Next", not on the screen's h1`);
  });
});

describe('announced feedback', () => {
  it('passes feedback written into a polite live region that was already there', async () => {
    await show('', '<h1>Page</h1><div aria-live="polite" id="region"></div>');
    await rememberLiveRegions(page);
    await page.evaluate(() => document.getElementById('region')?.append(Object.assign(document.createElement('p'), { textContent: 'Correct' })));
    expect(await unannouncedFeedback(page, 'Correct')).toBeNull();
  });

  it('fails feedback in a region that arrived with it, outside any region, or missing', async () => {
    await show('', '<h1>Page</h1><p>Incorrect</p>');
    await rememberLiveRegions(page);
    expect(await unannouncedFeedback(page, 'Incorrect')).toBe('"Incorrect" is not inside an aria-live region, role=status or role=alert');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div role="status"><p>Correct</p></div>'));
    expect(await unannouncedFeedback(page, 'Correct')).toBe('the live region around "Correct" appeared with it, so it is not announced');
    expect(await unannouncedFeedback(page, 'Well done')).toBe('"Well done" is not on the screen');
  });
});
