import type { Page } from 'playwright-core';

/**
 * Checks axe does not make (or makes only in part), run in the page on the screen it
 * shows. Each returns what is wrong, in words, or nothing; none changes the screen.
 */

/** What counts as a pointer target (WCAG 2.5.8) and a Tab stop. */
const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';

/** WCAG 2.5.8 Target Size (Minimum): 24 by 24 CSS pixels. */
const MIN_TARGET = 24;

/** Reflow (WCAG 1.4.10): the page never scrolls sideways, at 320 CSS px or any other width. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // The innermost elements sticking out past the viewport's edge are the ones to fix.
    const sticking = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.right > root.clientWidth + 0.5 || box.left < -0.5;
    });
    const innermost = sticking.filter((element) => !sticking.some((other) => other !== element && element.contains(other)));
    const named = innermost.slice(0, 3).map((element) => {
      const classes = element.getAttribute('class');
      return `<${element.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    });
    return `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport; too wide: ${named.join(', ') || 'no single element'}`;
  });
}

/**
 * WCAG 2.5.8: every target is at least 24×24 CSS px, or its 24 px circle (centred on
 * it) touches no other target and no other small target's circle. Links inside a
 * sentence are exempt (their size is set by the line of text).
 */
export async function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const inSentence = (element: Element): boolean => {
        if (element.tagName !== 'A') return false;
        const block = element.parentElement?.closest('p, li, dd, dt, td, th, blockquote, figcaption');
        return block !== null && block !== undefined && (block.textContent ?? '').trim() !== (element.textContent ?? '').trim();
      };
      const targets = [...document.querySelectorAll(selector)]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => ({ element, box: element.getBoundingClientRect(), exempt: inSentence(element) }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const isSmall = (box: DOMRect): boolean => box.width < min || box.height < min;
      const centre = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      const distanceToBox = (point: { x: number; y: number }, box: DOMRect): number =>
        Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom));
      const describe = (element: Element, box: DOMRect): string => {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        return `<${element.tagName.toLowerCase()}> "${name}" (${box.width.toFixed(1)}×${box.height.toFixed(1)} px)`;
      };
      return targets
        .filter((target) => !target.exempt && isSmall(target.box))
        .flatMap((target) => {
          const c = centre(target.box);
          const crowding = targets.find((other) => {
            if (other === target || other.element.contains(target.element) || target.element.contains(other.element)) return false;
            if (!other.exempt && isSmall(other.box)) {
              const o = centre(other.box);
              return Math.hypot(c.x - o.x, c.y - o.y) < min;
            }
            return distanceToBox(c, other.box) < min / 2;
          });
          return crowding
            ? [`${describe(target.element, target.box)} is smaller than ${min}×${min} px and too close to ${describe(crowding.element, crowding.box)}`]
            : [];
        });
    },
    { selector: CONTROLS, min: MIN_TARGET },
  );
}

/** Who asks for reduced motion: the device (prefers-reduced-motion, emulated) or the course's own option, already on. */
export type MotionAskedBy = 'device' | 'display option';

/**
 * With reduced motion asked for, no element (or ::before/::after) has a transition or
 * animation that lasts, and nothing is animating. The course's prefers-reduced-motion
 * rule sets 0.01 ms rather than 0 so that transitionend and animationend still fire;
 * that is instant to the eye, so only longer durations count as motion.
 */
export async function motionWithReducedMotion(page: Page, askedBy: MotionAskedBy = 'device'): Promise<string[]> {
  if (askedBy === 'device') await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    return await page.evaluate(() => {
      const INSTANT_SECONDS = 0.01 / 1000;
      const longest = (durations: string): number =>
        Math.max(...durations.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
      const problems: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const where = `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${pseudo ?? ''}`;
          if (style.transitionProperty !== 'none' && longest(style.transitionDuration) > INSTANT_SECONDS) {
            problems.push(`${where} has a ${style.transitionDuration} transition of ${style.transitionProperty}`);
          }
          if (style.animationName !== 'none' && longest(style.animationDuration) > INSTANT_SECONDS) {
            problems.push(`${where} has a ${style.animationDuration} animation "${style.animationName}"`);
          }
        }
      }
      for (const animation of document.getAnimations()) {
        const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
        if (animation.playState === 'running' && duration > INSTANT_SECONDS * 1000) {
          problems.push(`an animation is running: ${animation.constructor.name} ${animation.id}`);
        }
      }
      return problems;
    });
  } finally {
    if (askedBy === 'device') await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
}

/** Where a round of Tab presses goes: the whole page, or the screen's own part (<main>). */
export type FocusRound = 'whole page' | 'main';

interface TabRound {
  problems: string[];
  stops: number;
  /** Focus came back to a control it had been on, or left <main>: every stop has been seen. */
  complete: boolean;
}

/**
 * Starts a log of what takes focus, noting at that moment whether the focus shows;
 * puts focus at the start of <main> for a round of it; returns how many controls the
 * round can reach (an upper bound on its Tab stops).
 */
const startFocusLog = ({ selector, mainOnly }: { selector: string; mainOnly: boolean }): number => {
  type Entry = { element: Element; problem: string | null };
  const page = window as unknown as { a11yFocusLog: Entry[]; a11yOnFocus?: (event: FocusEvent) => void };
  page.a11yOnFocus ??= (event) => {
    const element = event.target as Element;
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const style = getComputedStyle(element);
    const transparent = /^transparent$|^rgba\([^)]*,\s*0\)/;
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent.test(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && !transparent.test(style.boxShadow);
    const problem = outline || shadow ? null : `<${element.tagName.toLowerCase()}> "${name}" has focus but no visible outline or box-shadow`;
    page.a11yFocusLog.push({ element, problem });
  };
  // Adding the same listener again does nothing; a document that was replaced gets it anew.
  document.addEventListener('focusin', page.a11yOnFocus, true);
  const main = document.querySelector('main');
  if (mainOnly) main?.focus();
  page.a11yFocusLog = [];
  const scope = mainOnly && main ? main : document;
  return [...scope.querySelectorAll(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true })).length;
};

/** The log read back: each control once, up to where focus came back round or left <main>. */
const readFocusLog = (mainOnly: boolean): TabRound => {
  const log = (window as unknown as { a11yFocusLog: { element: Element; problem: string | null }[] }).a11yFocusLog;
  const main = document.querySelector('main');
  const end = log.findIndex(
    (entry, index) => log.findIndex((other) => other.element === entry.element) < index || (mainOnly && !main?.contains(entry.element)),
  );
  const round = end === -1 ? log : log.slice(0, end);
  return { problems: round.flatMap((entry) => (entry.problem ? [entry.problem] : [])), stops: round.length, complete: end !== -1 };
};

/**
 * WCAG 2.4.7 Focus Visible: Tab through every stop (of the whole page, from wherever
 * focus is round to it again; or of <main>, from its start to where focus leaves it)
 * and check that each focused control draws an outline or a box-shadow that is not
 * transparent. Leaves focus wherever the round ended.
 */
export async function invisibleFocus(page: Page, round: FocusRound = 'whole page', maxStops = 80): Promise<string[]> {
  const mainOnly = round === 'main';
  // Pressing first and reading the log once is several times faster than a round trip per stop.
  let presses = (await page.evaluate(startFocusLog, { selector: CONTROLS, mainOnly })) + (mainOnly ? 1 : 2);
  for (let pressed = 0; ; ) {
    for (; pressed < presses; pressed += 1) await page.keyboard.press('Tab');
    const { problems, stops, complete } = await page.evaluate(readFocusLog, mainOnly);
    if (complete) return problems;
    if (stops === 0 && !mainOnly) return ['Tab reached no control at all'];
    if (pressed >= maxStops) return [...problems, `Tab did not come back round within ${maxStops} presses`];
    presses = Math.min(pressed + 10, maxStops);
  }
}

/** After a move to a new screen, focus is on its h1, so reading starts at the title. */
export async function headingFocusProblem(page: Page): Promise<string | null> {
  try {
    // The heading focuses itself in an effect just after it renders: wait for that, briefly.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5_000 });
    return null;
  } catch {
    return page.evaluate(() => {
      const active = document.activeElement;
      const text = (active?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `focus is on <${active?.tagName.toLowerCase() ?? 'nothing'}> "${text}", not on the screen's h1`;
    });
  }
}

/** Remembers the live regions the screen has now, before feedback is asked for. */
export async function rememberLiveRegions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const regions = document.querySelectorAll('[aria-live], [role="status"], [role="alert"]');
    (window as unknown as { a11yLiveRegions: Element[] }).a11yLiveRegions = [...regions];
  });
}

/**
 * Feedback that appears after an answer is announced: the element showing `text` sits
 * in a polite live region (or role=status/alert) that was already in the page before
 * the answer; a region added together with its text is not announced.
 */
export async function unannouncedFeedback(page: Page, text: string): Promise<string | null> {
  const shown = page.getByText(text, { exact: true });
  if ((await shown.count()) === 0) return `"${text}" is not on the screen`;
  return shown.first().evaluate((element, shownText) => {
    const region = element.closest('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]');
    if (!region) return `"${shownText}" is not inside an aria-live region, role=status or role=alert`;
    if (region.getAttribute('aria-live') === 'off') return `"${shownText}" is in a region with aria-live="off"`;
    const before = (window as unknown as { a11yLiveRegions?: Element[] }).a11yLiveRegions ?? [];
    return before.includes(region) ? null : `the live region around "${shownText}" appeared with it, so it is not announced`;
  }, text);
}
