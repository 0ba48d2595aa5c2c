import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';
import { tabTo } from '../../../testing/keyboard';

describe('accordion block', () => {
  // Opening with Enter or Space is the browser's own behaviour for <summary> (jsdom has none):
  // the accessibility gate's browser run covers it; here, that it is reachable and opens.
  it('uses native details/summary, each summary reachable by Tab', async () => {
    const { user } = renderBlocksLesson();
    const summary = screen.getByText('Why gifts matter');
    expect(summary.tagName).toBe('SUMMARY');
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    await tabTo(user, summary);
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('Gifts create a sense of debt.')).toBeVisible();
    expect(screen.getByText('Why secrecy matters').closest('details')).not.toHaveAttribute('open');
  });
});
