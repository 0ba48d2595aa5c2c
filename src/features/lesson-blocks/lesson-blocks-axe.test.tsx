import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from './testing/block-harness';

/**
 * axe's WCAG 2.2 AA rules over a lesson holding every block type, before and after the
 * activities are checked and with every card and section open. jsdom has no layout, so
 * colour contrast and reflow are left to the browser gate (tests/e2e/a11y); this catches
 * names, roles, states and structure as soon as a block changes.
 */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { runOnly: { type: 'tag', values: WCAG_22_AA }, rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('lesson blocks under axe', () => {
  it('has no WCAG 2.2 AA violations unanswered, then answered with every card and section open', async () => {
    const { container, user } = renderBlocksLesson();
    expect(await violations(container)).toEqual([]);

    for (const button of screen.getAllByRole('button', { name: /^Show the answer/ })) await user.click(button);
    for (const summary of container.querySelectorAll('summary')) await user.click(summary);
    await user.click(screen.getByRole('checkbox', { name: 'Unexplained gifts' }));
    await user.click(screen.getAllByRole('button', { name: 'Check my answers' })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a group for 2 more items');
    expect(await violations(container)).toEqual([]);
  });
});
