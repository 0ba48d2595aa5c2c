import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';

describe('text block', () => {
  it('shows its Markdown prose, formatted, on the lesson screen instead of a single body', () => {
    renderBlocksLesson();
    expect(screen.getByText('gradual', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/Grooming is/)).toBeInTheDocument();
  });
});
