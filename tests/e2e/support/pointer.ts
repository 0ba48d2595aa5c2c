import type { Scope } from './keyboard';

/**
 * Pointer driving, for browser tests about something other than keyboard access
 * (tracking, saving): controls are found by role and accessible name, as in
 * keyboard.ts, and clicked. Playwright waits for each control to be visible, enabled
 * and still, and `check`/`setChecked` fail if the control does not end up checked.
 */

/** Clicks the button or link with this name (whichever the UI uses). */
export function click(scope: Scope, name: string): Promise<void> {
  return scope
    .getByRole('button', { name, exact: true })
    .or(scope.getByRole('link', { name, exact: true }))
    .click();
}

export function checkRadio(scope: Scope, name: string): Promise<void> {
  return scope.getByRole('radio', { name, exact: true }).check();
}

export function setCheckbox(scope: Scope, name: string, checked: boolean): Promise<void> {
  return scope.getByRole('checkbox', { name, exact: true }).setChecked(checked);
}

/** Picks an option of a drop-down list (select) by its label. */
export async function selectByLabel(scope: Scope, comboboxName: string, optionLabel: string): Promise<void> {
  await scope.getByRole('combobox', { name: comboboxName, exact: true }).selectOption({ label: optionLabel });
}
