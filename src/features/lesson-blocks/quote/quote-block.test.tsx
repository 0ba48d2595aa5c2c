import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';

describe('quote block', () => {
  it('shows the words as a quotation with who said them and the source', () => {
    renderBlocksLesson();
    const words = screen.getByText("I didn't know who to tell.");
    expect(words.closest('blockquote')).not.toBeNull();
    const figure = words.closest('figure');
    expect(figure).toHaveTextContent('Girl, 14');
    expect(figure?.querySelector('figcaption em')).toHaveTextContent("Young people's voices");
  });
});
