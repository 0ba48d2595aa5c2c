import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import { buildModule } from '../../testing/builders';
import { sampleModuleTexts } from '../../testing/sample-texts';
import { renderApp } from './app-harness';

afterEach(() => {
  vi.restoreAllMocks();
});

const h1 = () => screen.getByRole('heading', { level: 1 });

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
describe('App shell', { timeout: 30_000 }, () => {
  it('has a skip link, a header with the quick exit, course title and help, main and footer landmarks', async () => {
    const { user } = renderApp();
    // The first screen does not take focus: the learner starts at the top, with the skip link.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample course' })).not.toHaveFocus();
    await user.tab();
    expect(await screen.findByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    expect(within(screen.getByRole('banner')).getByText('Sample course')).toBeInTheDocument();
    // On the menu there is no "Course menu" button to press (it would do nothing); a phone's "Menu" toggle is there, closed.
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Course menu' })).toBeNull();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByRole('main')).toContainElement(h1());
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Exit this page' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Get help now' })).toBeInTheDocument();
    expect(await screen.findByRole('contentinfo')).toHaveTextContent('Your progress is saved as you go.');
    expect(document.title).toBe('Sample course');
  });

  it('skips to the main content from the skip link', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' });
    await user.click(await screen.findByRole('link', { name: 'Skip to main content' }));
    expect(await screen.findByRole('main')).toHaveFocus();
  });

  it('explains in plain words when a module cannot be loaded, and stays on the menu', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp({ loadSample: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) });
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('That part of the course could not be loaded, perhaps because the connection dropped. Please try again.');
    // Some browsers keep a failed download until the page is new: the learner is told how to get one.
    expect(alert).toHaveTextContent('If it still does not load once your connection is back, close the course and open it again. Your progress is saved.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample course' })).toHaveFocus();
  });

  it('moves focus to each new screen’s h1 through a module, and back to the menu', async () => {
    const { user, missingKeys } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Spotting contact risk' })).toHaveFocus();
    expect(await screen.findByRole('heading', { level: 2, name: 'In this module you will:' })).toBeInTheDocument();
    expect(await screen.findByText('Recognise the signs of grooming')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start the module' }));

    await waitFor(() => expect(h1()).toHaveTextContent('What contact risk is'));
    await waitFor(() => expect(h1()).toHaveFocus());
    // The intro is screen 1, the summary screen 5, of a module with three steps.
    expect(await screen.findByRole('progressbar', { name: 'Progress through this module' })).toHaveAttribute('aria-valuetext', 'Screen 2 of 5');
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Spotting contact risk'));
    await waitFor(() => expect(h1()).toHaveFocus());

    await user.click(await screen.findByRole('button', { name: 'Start the module' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await waitFor(() => expect(h1()).toHaveTextContent('A message from a stranger'));
    await waitFor(() => expect(h1()).toHaveFocus());

    await user.click(await screen.findByRole('button', { name: 'Course menu' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Sample course'));
    await waitFor(() => expect(h1()).toHaveFocus());
    expect(await screen.findByText('In progress')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('plays a whole module: lesson, scenario, knowledge check, summary, and marks it complete', async () => {
    const { user, emitted, missingKeys } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
    await user.click(await screen.findByRole('button', { name: 'Start the module' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));

    await user.click(await screen.findByRole('button', { name: 'Start the scenario' }));
    await user.click(await screen.findByRole('radio', { name: 'Tell a trusted adult' }));
    await user.click(await screen.findByRole('button', { name: 'Choose' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('You scored 2 of 2')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Finish the scenario' }));

    await waitFor(() => expect(h1()).toHaveTextContent('Check your understanding Question 1 of 2'));
    await waitFor(() => expect(h1()).toHaveFocus());
    await user.click(await screen.findByRole('radio', { name: 'Sexual Offences Act 2003, s15A' }));
    await user.click(await screen.findByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByText('Correct')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Next question' }));
    await user.click(await screen.findByRole('radio', { name: 'True' }));
    await user.click(await screen.findByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByText('Incorrect')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Finish the knowledge check' }));
    expect(await screen.findByText('You scored 50%')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(h1()).toHaveTextContent('Summary: Spotting contact risk'));
    await waitFor(() => expect(h1()).toHaveFocus());
    await user.click(await screen.findByRole('button', { name: 'Finish the module' }));

    await waitFor(() => expect(h1()).toHaveTextContent('Sample course'));
    expect(await screen.findByRole('button', { name: 'Revisit Spotting contact risk' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Start The second module' })).toBeEnabled();
    // Tracking was connected before the course started and heard the progress and interactions.
    expect(emitted.some((e) => e.type === 'interaction.recorded' && e.interaction.kind === 'choice')).toBe(true);
    expect(emitted.some((e) => e.type === 'progress.changed' && e.progress.modules['sample']?.completed)).toBe(true);
    expect(missingKeys).toEqual([]);
  });

  it('shows a lesson image with its alt text and the sources the screen cites', async () => {
    const sample = buildModule({
      steps: [{ id: 'welcome', type: 'lesson', image: { src: 'media/stages.svg' }, cites: ['kcsie'] }],
      sources: ['kcsie'],
    });
    const steps = { ...(sampleModuleTexts['steps'] as object), welcome: { title: 'What contact risk is', body: 'Contact risk.', imageAlt: 'The stages of grooming' } };
    const sampleTexts = { ...sampleModuleTexts, steps, sources: { kcsie: 'KCSIE 2025, [on GOV.UK](https://www.gov.uk/)' } };
    const { user } = renderApp({ sample, sampleTexts });
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
    await user.click(await screen.findByRole('button', { name: 'Start the module' }));

    expect(await screen.findByRole('img', { name: 'The stages of grooming' })).toHaveAttribute('src', '/media/sample/media/stages.svg');
    // Collapsed until the learner asks for it, with the number of sources in its label.
    const summary = screen.getByText('Sources (1)');
    const source = screen.getByRole('link', { name: 'on GOV.UK (opens in a new tab)', hidden: true });
    expect(source).not.toBeVisible();
    await user.click(summary);
    expect(source).toBeVisible();
    expect(source).toHaveAttribute('href', 'https://www.gov.uk/');
  });
});
