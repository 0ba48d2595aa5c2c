import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { sampleNationalPartnership, sampleNationalTexts } from '../../testing/sample-partnership';
import { renderApp } from './app-harness';

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
const SLOW = { timeout: 10_000 };

describe('About this course', { timeout: 30_000 }, () => {
  const h1 = () => screen.getByRole('heading', { level: 1 });
  const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

  it('opens from the header menu with the partnership, the course version and the build date, and Back returns to the menu', async () => {
    const { user, missingKeys } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' }, SLOW);
    expect(within(screen.getByRole('banner')).getByText('Sampleton Safeguarding Children Partnership')).toBeInTheDocument();
    expect(within(screen.getByRole('contentinfo')).getByText('Sampleton Safeguarding Children Partnership · version 1.2.0')).toBeInTheDocument();

    const opener = within(screen.getByRole('banner')).getByRole('button', { name: 'About this course' });
    await user.click(opener);
    await waitFor(() => expect(h1()).toHaveTextContent('About this course'), SLOW);
    expect(fact('Course')).toBe('Sample course');
    expect(fact('Made for')).toBe('Sampleton Safeguarding Children Partnership');
    expect(fact('Version')).toBe('1.2.0');
    expect(fact('Built on')).toBe('4 December 2026');
    expect(screen.getByRole('link', { name: 'safeguarding@example.org' })).toHaveAttribute('href', 'mailto:safeguarding@example.org');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Sample course'), SLOW);
    await waitFor(() => expect(opener).toHaveFocus(), SLOW);
    expect(missingKeys).toEqual([]);
  });

  it('names the national build as such, in the header and on the screen, with no partnership to contact', async () => {
    const { user } = renderApp({
      build: { partnership: sampleNationalPartnership, buildInfo: { courseVersion: '1.2.0', builtOn: '2026-12-04' } },
      partnershipTexts: sampleNationalTexts,
    });
    await screen.findByRole('heading', { level: 1, name: 'Sample course' }, SLOW);
    expect(within(screen.getByRole('banner')).getByText('National edition')).toBeInTheDocument();
    await user.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: 'About this course' }));
    await waitFor(() => expect(h1()).toHaveTextContent('About this course'), SLOW);
    expect(fact('Made for')).toBe('National edition: not made for one area, so it lists national helplines and no local numbers');
    expect(screen.getByText(/contact the organisation that gave you the course/)).toBeInTheDocument();
  });

  it('replaces References when opened over it, so only one full-page screen shows', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' }, SLOW);
    const footer = within(screen.getByRole('contentinfo'));
    await user.click(footer.getByRole('button', { name: 'References' }));
    await waitFor(() => expect(h1()).toHaveTextContent('References'), SLOW);
    await user.click(footer.getByRole('button', { name: 'About this course' }));
    await waitFor(() => expect(h1()).toHaveTextContent('About this course'), SLOW);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
