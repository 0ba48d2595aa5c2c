import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { tabTo } from '../../../testing/keyboard';
import { DisplayOptions } from '../display-options';
import { startPreferences } from '../start-preferences';
import { stubReducedMotion } from './match-media-stub';
import { resetPreferences } from './reset-preferences';

const html = document.documentElement;
let stop: () => void = () => undefined;
let media: { restore(): void } | undefined;

beforeEach(() => {
  resetPreferences();
  html.className = '';
});

afterEach(() => {
  stop();
  media?.restore();
  media = undefined;
});

/** The header around the options, with a control before them to start tabbing from. */
function renderHeader() {
  stop = startPreferences({ courseId: 'risks-to-children' });
  const result = renderWithI18n(
    <header>
      <button type="button">Menu</button>
      <DisplayOptions />
    </header>,
  );
  const toggle = screen.getByRole('button', { name: 'Display options' });
  return { ...result, toggle };
}

const announced = () => screen.getByRole('status');

/** The panel's code downloads when it first opens: wait for it, as a learner would. */
const panelShown = () => screen.findByRole('group', { name: 'Text size' });

describe('Display options, by keyboard', () => {
  it('open from the header with Enter and say that they are open', async () => {
    const { user, toggle, missingKeys } = renderHeader();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Text size' })).not.toBeInTheDocument();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Text size' })).toBeVisible();
    expect(toggle).toHaveAttribute('aria-controls', screen.getByRole('group', { name: 'Text size' }).parentElement?.id);
    expect(missingKeys).toEqual([]);
  });

  it('change the text size with the arrow keys, at once, and announce it', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    await tabTo(user, screen.getByRole('radio', { name: 'Standard (100%)' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Large (125%)' })).toBeChecked();
    expect(html).toHaveClass('text-size-large');
    expect(announced()).toHaveTextContent('Text size: Large (125%).');
    await user.keyboard('{ArrowDown}');
    expect(html).toHaveClass('text-size-larger');
    expect(html).not.toHaveClass('text-size-large');
    expect(announced()).toHaveTextContent('Text size: Larger (150%).');
  });

  it('switch high contrast, the readable font and reduced motion with Space, and announce each', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();

    await tabTo(user, screen.getByRole('checkbox', { name: 'High contrast: white text on a black background' }));
    await user.keyboard(' ');
    expect(html).toHaveClass('high-contrast');
    expect(announced()).toHaveTextContent('High contrast on.');

    await tabTo(user, screen.getByRole('checkbox', { name: /Easier-to-read font/ }));
    await user.keyboard(' ');
    expect(html).toHaveClass('readable-font');
    expect(announced()).toHaveTextContent('Easier-to-read font on.');

    await tabTo(user, screen.getByRole('checkbox', { name: 'Reduce motion: no animations' }));
    await user.keyboard(' ');
    expect(html).toHaveClass('reduced-motion');
    expect(announced()).toHaveTextContent('Reduce motion on.');
    await user.keyboard(' ');
    expect(html).not.toHaveClass('reduced-motion');
    expect(announced()).toHaveTextContent('Reduce motion off.');
  });

  it('group each preference under its name, so it is read with the control', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    for (const [group, control] of [
      ['Colours', 'High contrast: white text on a black background'],
      ['Font and spacing', 'Easier-to-read font, with more space between letters, words and lines'],
      ['Motion', 'Reduce motion: no animations'],
    ] as const) {
      expect(screen.getByRole('group', { name: group })).toContainElement(screen.getByRole('checkbox', { name: control }));
    }
  });

  it('close with Escape from anywhere inside, putting focus back on the button', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    await tabTo(user, screen.getByRole('checkbox', { name: /Easier-to-read font/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Text size' })).not.toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('close with their own button too, putting focus back on the toggle', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    await tabTo(user, screen.getByRole('button', { name: 'Close display options' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Text size' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });

  it('go back to the standard settings in one step', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    await tabTo(user, screen.getByRole('checkbox', { name: 'High contrast: white text on a black background' }));
    await user.keyboard(' ');
    await tabTo(user, screen.getByRole('button', { name: 'Go back to the standard settings' }));
    await user.keyboard('{Enter}');
    expect(html.className).toBe('');
    expect(screen.getByRole('checkbox', { name: 'High contrast: white text on a black background' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Standard (100%)' })).toBeChecked();
    expect(announced()).toHaveTextContent('Display options are back to the standard settings.');
  });

  it('say when the device already reduces motion, and start with it on', async () => {
    media = stubReducedMotion(true);
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    const checkbox = screen.getByRole('checkbox', { name: 'Reduce motion: no animations' });
    expect(checkbox).toBeChecked();
    expect(checkbox).toHaveAccessibleDescription('Your device is set to reduce motion, so the course keeps animations off whatever you choose here.');
  });

  it('show the learner\'s current choices when opened again', async () => {
    const { user, toggle } = renderHeader();
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    await panelShown();
    await tabTo(user, screen.getByRole('radio', { name: 'Standard (100%)' }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('radio', { name: 'Larger (150%)' })).toBeChecked();
  });
});
