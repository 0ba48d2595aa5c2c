import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { buildModule } from '../../testing/builders';
import { renderApp } from './app-harness';

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
describe('quick exit and help in the page', { timeout: 30_000 }, () => {
  it('offers "Exit this page" first in the header, straight after the skip link', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' });
    await user.tab();
    await user.tab();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Exit this page' })).toHaveFocus();
  });

  it('keeps the exit and "Get help now" in the header inside a module, and leaves on Escape twice there', async () => {
    const { user, quickExit } = renderApp({ sample: buildModule({ contentWarning: true }) });
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
    await screen.findByRole('heading', { level: 1, name: /Content warning/ });
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByRole('button', { name: 'Exit this page' })).toBeInTheDocument();
    expect(banner.getByRole('button', { name: 'Get help now' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(quickExit).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(quickExit).toHaveBeenCalledOnce();
  });

  it('Escape first closes the help panel; a second Escape straight after leaves', async () => {
    const { user, quickExit } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' });
    await user.click(await screen.findByRole('button', { name: 'Get help now' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Get help and support' })).toBeNull();
    expect(quickExit).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(quickExit).toHaveBeenCalledOnce();
  });
});
