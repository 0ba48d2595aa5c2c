import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';

describe('image block', () => {
  it('shows an informative image with its alt text and caption from the locale file', () => {
    renderBlocksLesson();
    const image = screen.getByRole('img', { name: 'Four stages of grooming, from friendship to control' });
    expect(image).toHaveAttribute('src', '/media/stages.svg');
    const caption = screen.getByText('The stages often overlap.');
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption.closest('figure')).toContainElement(image);
  });

  it('hides a decorative image from screen readers (empty alt)', () => {
    const { container } = renderBlocksLesson();
    const flourish = container.querySelector('img[src="/media/flourish.svg"]');
    expect(flourish).toHaveAttribute('alt', '');
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('src'))).not.toContain('/media/flourish.svg');
  });
});
