import type { Page } from 'playwright-core';
import { uiText } from './course-text';
import { pressButton, type Scope } from './keyboard';

/**
 * On a narrow screen the header's "Course menu", "Get help now" and "Display options" sit
 * behind one "Menu" toggle (src/components/ui/header-menu.tsx). Opens it when the control
 * is hidden there, by keyboard or pointer as the test drives the rest; a no-op where the
 * header is wide enough to show the control in its row.
 */
export async function revealHeaderControl(page: Page, scope: Scope, name: string, how: 'keyboard' | 'pointer'): Promise<void> {
  const control = scope.getByRole('banner').getByRole('button', { name, exact: true });
  await scope.getByRole('banner').getByRole('button').first().waitFor();
  if (await control.isVisible()) return;
  const toggleName = uiText('app.headerMenu');
  if (how === 'keyboard') await pressButton(page, scope, toggleName);
  else await scope.getByRole('banner').getByRole('button', { name: toggleName, exact: true }).click();
  await control.waitFor({ state: 'visible' });
}
