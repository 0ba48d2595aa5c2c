import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { HeaderMenu } from '../header-menu';

/** A header as the shell builds it: the exit first, then the menu with a disclosure inside. */
function Header({ closeKey = 'menu' }: { closeKey?: string }) {
  const [inner, setInner] = useState(false);
  return (
    <header>
      <button type="button">Exit this page</button>
      <HeaderMenu label="Menu" closeKey={closeKey}>
        <button type="button">Get help now</button>
        <button type="button" aria-expanded={inner} onClick={() => setInner(!inner)}>
          Display options
        </button>
      </HeaderMenu>
    </header>
  );
}

const toggle = () => screen.getByRole('button', { name: 'Menu' });
const panel = () => document.getElementById(toggle().getAttribute('aria-controls') ?? '');

describe('HeaderMenu (the header on a phone)', () => {
  it('comes after "Exit this page", closed, and says which panel it opens', () => {
    render(<Header />);
    const buttons = screen.getAllByRole('button');
    expect(buttons[0]).toHaveAccessibleName('Exit this page');
    expect(buttons[1]).toBe(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(panel()).toContainElement(screen.getByRole('button', { name: 'Get help now' }));
  });

  it('opens and closes by keyboard, the controls next in tab order', async () => {
    const user = userEvent.setup();
    render(<Header />);
    await user.tab();
    await user.tab();
    expect(toggle()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(panel()?.parentElement).toHaveClass('header-menu--open');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Get help now' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{Escape}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('leaves Escape to an open panel inside it first', async () => {
    const user = userEvent.setup();
    render(<Header />);
    await user.click(toggle());
    await user.click(screen.getByRole('button', { name: 'Display options' }));
    await user.keyboard('{Escape}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('counts as open once a control in it is used, so a switch to the phone layout keeps that control on screen', async () => {
    const user = userEvent.setup();
    render(<Header />);
    // Where the row fits, the controls are used without the toggle.
    await user.click(screen.getByRole('button', { name: 'Display options' }));
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(panel()?.parentElement).toHaveClass('header-menu--open');
  });

  it('closes when the screen changes', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Header closeKey="menu" />);
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    rerender(<Header closeKey="module" />);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
  });
});
