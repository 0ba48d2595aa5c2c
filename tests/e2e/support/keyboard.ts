import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/**
 * Keyboard-only driving: focus moves with Tab / Shift+Tab and arrow keys, controls are
 * operated with Enter and Space. Nothing here clicks, fills or focuses programmatically;
 * the DOM is only read, to know where focus is.
 */

/** Where controls are looked for: a page, a frame, or a part of one (e.g. one lesson block). */
export type Scope = Page | Frame | FrameLocator | Locator;
export type Role = Parameters<Frame['getByRole']>[0];

const DEFAULT_MAX_PRESSES = 80;

/** Index of the focused element among the locator's matches, or -1. */
function focusedIndex(locator: Locator): Promise<number> {
  return locator.evaluateAll((elements) =>
    elements.findIndex((element) => element === element.ownerDocument.activeElement && element.ownerDocument.hasFocus()),
  );
}

/** What has focus, for error messages: the innermost focused element, across frames. */
export async function describeFocus(page: Page): Promise<string> {
  for (const frame of page.frames()) {
    const description = await frame
      .evaluate(() => {
        const active = document.activeElement;
        if (!document.hasFocus() || !active || active instanceof HTMLIFrameElement) return null;
        const label = active.getAttribute('aria-label') ?? active.textContent ?? '';
        return `<${active.tagName.toLowerCase()}> "${label.replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
      })
      .catch(() => null);
    if (description) return `${description} in ${frame.url()}`;
  }
  return 'nothing (the document itself)';
}

export interface TabOptions {
  /** Tab (default) or Shift+Tab. */
  key?: 'Tab' | 'Shift+Tab';
  maxPresses?: number;
}

/**
 * Presses Tab until one of the locator's elements has focus, and returns that element.
 * Waits first for the target to be visible (the screen has rendered). Fails, saying
 * where focus ended up, after `maxPresses` presses.
 */
export async function tabToLocator(page: Page, target: Locator, description: string, options: TabOptions = {}): Promise<Locator> {
  const key = options.key ?? 'Tab';
  const maxPresses = options.maxPresses ?? DEFAULT_MAX_PRESSES;
  await target.first().waitFor({ state: 'visible' });
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    const index = await focusedIndex(target);
    if (index >= 0) return target.nth(index);
    if (presses < maxPresses) await page.keyboard.press(key);
  }
  throw new Error(`tabTo: ${maxPresses} presses of ${key} never focused ${description}; focus is on ${await describeFocus(page)}`);
}

/** Tabs to the control with this role and accessible name (exact for strings). */
export function tabTo(page: Page, scope: Scope, role: Role, name: string | RegExp, options?: TabOptions): Promise<Locator> {
  const target = scope.getByRole(role, { name, exact: typeof name === 'string' });
  return tabToLocator(page, target, `${role} "${String(name)}"`, options);
}

/** Tabs to a button and presses Enter. */
export async function pressButton(page: Page, scope: Scope, name: string | RegExp): Promise<void> {
  await tabTo(page, scope, 'button', name);
  await page.keyboard.press('Enter');
}

/** Tabs to a button or a link with this name (whichever the UI uses) and presses Enter. */
export async function activate(page: Page, scope: Scope, name: string): Promise<void> {
  const target = scope.getByRole('button', { name, exact: true }).or(scope.getByRole('link', { name, exact: true }));
  await tabToLocator(page, target, `button or link "${name}"`);
  await page.keyboard.press('Enter');
}

const accessibleNameOf = (locator: Locator): Promise<string> =>
  locator.evaluate((element) => {
    const labels = (element as HTMLInputElement).labels;
    const text = element.getAttribute('aria-label') ?? (labels?.[0]?.textContent ?? '');
    return text.replace(/\s+/g, ' ').trim();
  });

/**
 * Selects a radio button the way a keyboard user does: Tab into its group (focus lands
 * on the checked radio, or the first), then arrow keys, which move and check together.
 */
export async function chooseRadio(page: Page, scope: Scope, name: string): Promise<void> {
  const target = scope.getByRole('radio', { name, exact: true });
  await target.waitFor({ state: 'visible' });
  const group = await target.getAttribute('name');
  const groupRadios = group ? scope.locator(`input[type="radio"][name="${group}"]`) : target;
  const focused = await tabToLocator(page, groupRadios, `a radio button in the group of "${name}"`);
  const count = await groupRadios.count();
  let current = focused;
  for (let moves = 0; moves < 2 * count && (await focusedIndex(target)) < 0; moves += 1) {
    await page.keyboard.press('ArrowDown');
    current = groupRadios.nth(await focusedIndex(groupRadios));
  }
  if ((await focusedIndex(target)) < 0) {
    throw new Error(`chooseRadio: arrow keys never reached "${name}"; last focused "${await accessibleNameOf(current)}"`);
  }
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  if (!(await target.isChecked())) throw new Error(`chooseRadio: "${name}" has focus but Space did not check it`);
}

/** Tabs to a checkbox and sets it with Space. */
export async function setCheckbox(page: Page, scope: Scope, name: string, checked: boolean): Promise<void> {
  const box = await tabTo(page, scope, 'checkbox', name);
  if ((await box.isChecked()) !== checked) await page.keyboard.press('Space');
  if ((await box.isChecked()) !== checked) throw new Error(`setCheckbox: Space did not ${checked ? 'check' : 'uncheck'} "${name}"`);
}

/** Tabs to a drop-down list (select) and picks an option by its label with the arrow keys. */
export async function selectWithArrows(page: Page, scope: Scope, comboboxName: string, optionLabel: string): Promise<void> {
  const select = await tabTo(page, scope, 'combobox', comboboxName);
  const selectedLabel = (): Promise<string> =>
    select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.label.trim() ?? '');
  const optionCount = await select.evaluate((element) => (element as HTMLSelectElement).options.length);
  for (const key of ['ArrowDown', 'ArrowUp'] as const) {
    for (let presses = 0; presses < optionCount && (await selectedLabel()) !== optionLabel; presses += 1) {
      await page.keyboard.press(key);
    }
  }
  if ((await selectedLabel()) !== optionLabel) {
    throw new Error(`selectWithArrows: "${comboboxName}" has no option "${optionLabel}" reachable by arrow keys (selected: "${await selectedLabel()}")`);
  }
}
