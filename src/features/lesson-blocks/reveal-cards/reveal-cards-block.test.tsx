import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';
import { tabTo } from '../../../testing/keyboard';

describe('reveal cards block', () => {
  it('turns a card over and back with the keyboard alone, saying which card each button turns', async () => {
    const { user } = renderBlocksLesson();
    expect(screen.getByText('Only strangers groom children.')).toBeVisible();
    expect(screen.queryByText('known')).not.toBeVisible();

    // jsdom's name computation puts a space before the hidden part; browsers do not.
    const toggle = screen.getByRole('button', { name: /^Show the answer ?: Only strangers groom children\.$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(/^Hide the answer ?: Only strangers groom children\.$/);
    expect(screen.getByText('known')).toBeVisible();
    // The other card stays face down.
    expect(screen.queryByText('Boys are targeted too.')).not.toBeVisible();

    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('known')).not.toBeVisible();
  });
});
