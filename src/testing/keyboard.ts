import type { UserEvent } from '@testing-library/user-event';

/**
 * Press Tab (or Shift+Tab) until `target` has focus, as a keyboard user would.
 * Fails if it is not reachable within `limit` presses, which means it is not in the tab order.
 */
export async function tabTo(user: UserEvent, target: HTMLElement, { backwards = false, limit = 50 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (document.activeElement === target) return;
    await user.tab({ shift: backwards });
  }
  if (document.activeElement !== target) {
    throw new Error(`Could not reach ${target.outerHTML.slice(0, 120)} with the Tab key in ${limit} presses`);
  }
}
