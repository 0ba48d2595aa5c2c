import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './app-harness';

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
// Lazy screens and module content can take seconds to arrive on a loaded machine.
const SLOW = { timeout: 10_000 };
describe('References in the page', { timeout: 30_000 }, () => {
  const h1 = () => screen.getByRole('heading', { level: 1 });

  it('opens from the header menu and from the footer, and Back returns to the menu', async () => {
    const { user, missingKeys } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' }, SLOW);

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'References' }));
    await waitFor(() => expect(h1()).toHaveTextContent('References'), SLOW);
    expect(screen.getByText('Department for Education, KCSIE, 2025.')).toBeInTheDocument();
    expect(screen.getByText('Cited in: Spotting contact risk')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Sample course'), SLOW);

    const footerLink = within(screen.getByRole('contentinfo')).getByRole('button', { name: 'References' });
    await user.click(footerLink);
    await waitFor(() => expect(h1()).toHaveTextContent('References'), SLOW);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(footerLink).toHaveFocus(), SLOW);
    expect(missingKeys).toEqual([]);
  });

  it('replaces the accessibility statement when opened from its footer, and the course menu leaves it', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }, SLOW));
    await waitFor(() => expect(h1()).toHaveTextContent('Spotting contact risk'), SLOW);
    const footer = within(screen.getByRole('contentinfo'));
    await user.click(footer.getByRole('button', { name: 'Accessibility statement' }));
    await screen.findByRole('heading', { level: 1, name: /Accessibility statement/ }, SLOW);
    await user.click(footer.getByRole('button', { name: 'References' }));
    await waitFor(() => expect(h1()).toHaveTextContent('References'), SLOW);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Course menu' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Sample course'), SLOW);
  });
});
