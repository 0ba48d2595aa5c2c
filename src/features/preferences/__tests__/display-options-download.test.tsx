import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { tabTo } from '../../../testing/keyboard';
import { DisplayOptions } from '../display-options';
import { network } from '../../../testing/slow-network';
import { resetPreferences } from './reset-preferences';

// The panel's code comes through a network the test controls; everything else is real.
vi.mock('../lazy-display-options-panel', async () => {
  const { network: slow } = await import('../../../testing/slow-network');
  const { DisplayOptionsPanel } = await import('../display-options-panel');
  return { lazyDisplayOptionsPanel: slow.part(DisplayOptionsPanel) };
});

beforeEach(() => {
  resetPreferences();
  network.reset();
});

function renderHeader() {
  const result = renderWithI18n(
    <header>
      <button type="button">Menu</button>
      <DisplayOptions />
    </header>,
  );
  return { ...result, toggle: screen.getByRole('button', { name: 'Display options' }) };
}

const announced = () => screen.getByRole('status');
const textSize = () => screen.queryByRole('group', { name: 'Text size' });
/** Lets every pending download finish (they settle in promise callbacks). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('Display options on a slow connection', () => {
  it('say they are loading, in place of the panel, then open with focus still on the button', async () => {
    const { user, toggle, missingKeys } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    expect(announced()).toHaveTextContent('Loading display options…');
    const placeholder = screen.getByText('Loading display options…', { selector: 'p' }).parentElement;
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    expect(toggle).toHaveAttribute('aria-controls', placeholder?.id);
    expect(textSize()).toBeNull();

    network.deliver();
    expect(await screen.findByRole('group', { name: 'Text size' })).toBeVisible();
    expect(screen.queryByText('Loading display options…', { selector: 'p' })).toBeNull();
    expect(toggle).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Standard (100%)' })).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });

  it('start downloading when the pointer comes over the button, so the click opens them at once', async () => {
    const { user, toggle } = renderHeader();
    expect(network.requests).toBe(0);
    await user.hover(toggle);
    expect(network.requests).toBe(1);
    network.deliver();
    await settle();
    await user.click(toggle);
    expect(textSize()).toBeVisible();
    expect(announced()).toBeEmptyDOMElement();
    expect(network.requests).toBe(1);
  });

  it('start downloading when the button gets keyboard focus', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    expect(network.requests).toBe(1);
  });

  it('close with Escape while still loading, putting focus back on the button', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Loading display options…', { selector: 'p' })).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

describe('Display options when the connection drops', () => {
  beforeEach(() => {
    // React reports every error a boundary catches to the console; here they are expected.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    return () => quiet.mockRestore();
  });

  it('say kindly that they did not load and offer to try again, which opens them', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    network.cutOff();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The display options did not load. This can happen when the internet connection drops. Check your connection, then try again.');
    expect(textSize()).toBeNull();

    await tabTo(user, screen.getByRole('button', { name: 'Try again' }));
    await user.keyboard('{Enter}');
    expect(network.requests).toBe(2);
    // The retry button has gone: focus waits on the toggle, right before the panel.
    expect(toggle).toHaveFocus();
    expect(announced()).toHaveTextContent('Loading display options…');
    network.deliver();
    expect(await screen.findByRole('group', { name: 'Text size' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when trying again fails too, say how to start afresh, and still try again', async () => {
    const { user, toggle } = renderHeader();
    await user.click(toggle);
    network.cutOff();
    expect(await screen.findByRole('alert')).not.toHaveTextContent('open it again');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    network.cutOff();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('close the course and open it again'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    network.deliver();
    expect(await screen.findByRole('group', { name: 'Text size' })).toBeVisible();
  });

  it('can be closed from the message, and try again when opened the next time', async () => {
    const { user, toggle } = renderHeader();
    await user.click(toggle);
    network.cutOff();
    await user.click(await screen.findByRole('button', { name: 'Close display options' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    expect(screen.queryByRole('alert')).toBeNull();
    network.deliver();
    expect(await screen.findByRole('group', { name: 'Text size' })).toBeVisible();
  });
});
