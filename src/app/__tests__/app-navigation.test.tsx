import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { buildModule } from '../../testing/builders';
import { sampleModuleTexts } from '../../testing/sample-texts';
import { renderApp } from './app-harness';

afterEach(() => {
  vi.restoreAllMocks();
});

const h1 = () => screen.getByRole('heading', { level: 1 });

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
describe('App shell', { timeout: 30_000 }, () => {
  it('has a skip link, a header with the quick exit, course title, Menu and help, main and footer landmarks', async () => {
    const { user } = renderApp();
    // The first screen does not take focus: the learner starts at the top, with the skip link.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample course' })).not.toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    expect(within(screen.getByRole('banner')).getByText('Sample course')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' })).toBeDisabled();
    expect(screen.getByRole('main')).toContainElement(h1());
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Exit this page' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Get help now' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Your progress is saved as you go.');
    expect(document.title).toBe('Sample course');
  });

  it('skips to the main content from the skip link', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sample course' });
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('explains in plain words when a module cannot be loaded, and stays on the menu', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp({ loadSample: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) });
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('That part of the course could not be loaded, perhaps because the connection dropped. Please try again.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sample course' })).toHaveFocus();
  });

  it('moves focus to each new screen’s h1 through a module, and back to the menu', async () => {
    const { user, missingKeys } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Spotting contact risk' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'In this module you will:' })).toBeInTheDocument();
    expect(screen.getByText('Recognise the signs of grooming')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the module' }));

    expect(h1()).toHaveTextContent('What contact risk is');
    expect(h1()).toHaveFocus();
    expect(screen.getByText('Screen 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(h1()).toHaveTextContent('Spotting contact risk');
    expect(h1()).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Start the module' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(h1()).toHaveTextContent('A message from a stranger');
    expect(h1()).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Menu' }));
    expect(h1()).toHaveTextContent('Sample course');
    expect(h1()).toHaveFocus();
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('plays a whole module: lesson, scenario, knowledge check, summary, and marks it complete', async () => {
    const { user, emitted, missingKeys } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
    await user.click(await screen.findByRole('button', { name: 'Start the module' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await user.click(screen.getByRole('radio', { name: 'Tell a trusted adult' }));
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('You scored 2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish the scenario' }));

    expect(h1()).toHaveTextContent('Check your understanding Question 1 of 2');
    expect(h1()).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Sexual Offences Act 2003, s15A' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByText('Correct')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByText('Incorrect')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish the knowledge check' }));
    expect(screen.getByText('You scored 50%')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(h1()).toHaveTextContent('Summary: Spotting contact risk');
    expect(h1()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Finish the module' }));

    expect(h1()).toHaveTextContent('Sample course');
    expect(screen.getByRole('button', { name: 'Revisit Spotting contact risk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start The second module' })).toBeEnabled();
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

    expect(screen.getByRole('img', { name: 'The stages of grooming' })).toHaveAttribute('src', '/media/sample/media/stages.svg');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByRole('link', { name: 'on GOV.UK (opens in a new tab)' })).toHaveAttribute('href', 'https://www.gov.uk/');
  });
});
