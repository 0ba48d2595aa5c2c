import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';

describe('callout block', () => {
  it('is a note named by its kind, so the kind is read before the text, in words and not colour alone', () => {
    renderBlocksLesson();
    const note = screen.getByRole('note', { name: 'Warning' });
    expect(note).toHaveTextContent('WarningNever promise to keep a secret.');
    expect(note).toHaveClass('callout--warning');
    // The icon repeats the word, so it is hidden from screen readers.
    expect(note.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
