import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetPreferences } from '../../features/preferences/__tests__/reset-preferences';
import { renderApp } from './app-harness';

beforeEach(() => {
  resetPreferences();
});

/** The app, on the first screen of the sample module. */
async function openModule(app = renderApp()) {
  await app.user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
  await screen.findByRole('heading', { level: 1, name: 'Spotting contact risk' });
  return app;
}

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
describe('display options and the accessibility statement in the page', { timeout: 30_000 }, () => {
  it('offers "Display options" in the header of the menu and of a module screen', async () => {
    const app = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' });
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Display options' })).toBeInTheDocument();
    await openModule(app);
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Display options' })).toBeInTheDocument();
  });

  it('opens the statement from the footer of a module screen and goes back to that screen', async () => {
    const { user } = await openModule();
    const link = within(screen.getByRole('contentinfo')).getByRole('button', { name: 'Accessibility statement' });
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toHaveFocus();
    expect(screen.queryByRole('heading', { level: 1, name: 'Spotting contact risk' })).toBeNull();
    // Quick exit and help stay in reach on the statement too.
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Exit this page' })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Back to the course' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Spotting contact risk' })).toBeVisible();
    expect(link).toHaveFocus();
  });

  it('leaves the statement for the menu when the learner presses Course menu, with focus on the menu heading', async () => {
    const { user } = await openModule();
    await user.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: 'Accessibility statement' }));
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Course menu' }));
    expect(screen.queryByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample course' })).toHaveFocus();
  });
});
