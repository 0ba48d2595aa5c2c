import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { buildModule } from '../../testing/builders';
import { renderApp } from './app-harness';

const openWarnedModule = async () => {
  const harness = renderApp({ sample: buildModule({ contentWarning: true }) });
  await harness.user.click(await screen.findByRole('button', { name: 'Start Spotting contact risk' }));
  await screen.findByRole('heading', { level: 1, name: /Content warning/ });
  return harness;
};

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
describe('content warning', { timeout: 30_000 }, () => {
  it('comes before the module, focused, with what it covers and three ways on', async () => {
    await openWarnedModule();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Spotting contact risk Content warning');
    // The module's screens load as their own chunk, so focus lands once that has rendered.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(await screen.findByText('grooming')).toBeInTheDocument();
    expect(await screen.findByText('Taking a break returns you to the menu. Your progress is saved.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Continue to the module' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Take a break' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Get help' })).toBeInTheDocument();
  });

  it('"Get help" opens a panel of helplines as phone and web links, and closes back to the button', async () => {
    const { user } = await openWarnedModule();
    const toggle = screen.getByRole('button', { name: 'Get help' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const panel = screen.getByRole('region', { name: 'Get help and support' });
    expect(within(panel).getByRole('link', { name: 'Call Childline on 0800 1111' })).toHaveAttribute('href', 'tel:08001111');
    expect(within(panel).getByRole('link', { name: 'Call the NSPCC Helpline on 0808 800 5000' })).toHaveAttribute('href', 'tel:08088005000');
    expect(within(panel).getByRole('link', { name: 'Call Stop It Now on 0808 1000 900' })).toHaveAttribute('href', 'tel:08081000900');
    expect(within(panel).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    const ceop = within(panel).getByRole('link', { name: 'Report to CEOP (opens in a new tab)' });
    expect(ceop).toHaveAttribute('href', 'https://www.ceop.police.uk/Safety-Centre/');
    expect(ceop).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(await screen.findByRole('button', { name: 'Close help' }));
    expect(screen.queryByRole('region', { name: 'Get help and support' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('"Take a break" returns to the menu', async () => {
    const { user } = await openWarnedModule();
    await user.click(await screen.findByRole('button', { name: 'Take a break' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample course' })).toHaveFocus();
  });

  it('"Take a break" saves at once (a milestone, which the LMS commits) and says kindly that progress is kept', async () => {
    const { user, emitted } = await openWarnedModule();
    await user.click(await screen.findByRole('button', { name: 'Take a break' }));
    expect(emitted.at(-1)).toMatchObject({ type: 'progress.changed', milestone: true, progress: { openModuleId: null } });
    const notice = screen.getByText(/Take all the time you need\. Your progress is saved/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('the kind word goes once the learner opens a module again', async () => {
    const { user } = await openWarnedModule();
    await user.click(await screen.findByRole('button', { name: 'Take a break' }));
    await user.click(await screen.findByRole('button', { name: /^(Start|Continue) Spotting contact risk$/ }));
    await screen.findByRole('heading', { level: 1, name: /Content warning/ });
    expect(screen.queryByText(/Take all the time you need/)).toBeNull();
  });

  it('"Get help" opens the page’s help panel, with the partnership’s front door, at its heading', async () => {
    const { user } = await openWarnedModule();
    await user.click(await screen.findByRole('button', { name: 'Get help' }));
    const panel = screen.getByRole('region', { name: 'Get help and support' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(panel).getByRole('link', { name: 'Call 0123 456 7890 in office hours' })).toHaveAttribute('href', 'tel:01234567890');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Get help now' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('"Continue to the module" goes on to its introduction', async () => {
    const { user } = await openWarnedModule();
    await user.click(await screen.findByRole('button', { name: 'Continue to the module' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Spotting contact risk' })).toHaveFocus();
  });
});
