import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { COVER_MOTIFS, coverArt } from '../../../../lib/art/cover-art';
import { Avatar } from '../avatar';
import { Cover } from '../cover';
import { SeededCover } from '../seeded-cover';

describe('generated illustrations', () => {
  it('gives every module kind a motif and the same module the same cover in every build', () => {
    expect(coverArt('contact', 'contact').motif).toBe('phone');
    expect(coverArt('legal', 'legal-basis').motif).toBe('scales');
    expect(coverArt('contact', 'contact')).toEqual(coverArt('contact', 'contact'));
    expect(coverArt('a-kind-added-later', 'x').motif).toBe('compass');
  });

  it('lets module.yaml override the motif or the colours', () => {
    expect(coverArt('contact', 'contact', { motif: 'shield', palette: 'plum' })).toMatchObject({ motif: 'shield', palette: 'plum' });
  });

  it('draws every motif as decoration hidden from screen readers, with no text in it', () => {
    for (const motif of COVER_MOTIFS) {
      const { container, unmount } = render(<Cover art={{ ...coverArt('contact', motif), motif }} />);
      const svg = container.querySelector('svg');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg).toHaveAttribute('focusable', 'false');
      expect(container.textContent).toBe('');
      unmount();
    }
  });

  it('draws avatars as decoration, with no text in them, different for different characters', () => {
    const { container } = render(
      <>
        <Avatar seed="chat.sam" age="young" />
        <Avatar seed="chat.alex" age="adult" />
        <Avatar seed="chat.jay" age="unknown" />
      </>,
    );
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(container.textContent).toBe('');
    expect(svgs[0]?.innerHTML).not.toBe(svgs[1]?.innerHTML);
  });

  it('draws a menu card\'s cover from its names, placed by the module id as the module\'s own cover is', () => {
    const menu = render(<SeededCover seedId="contact" motif="phone" palette="teal" />);
    const own = render(<Cover art={{ ...coverArt('contact', 'contact'), motif: 'phone', palette: 'teal' }} />);
    expect(menu.container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(menu.container.innerHTML).toBe(own.container.innerHTML);
  });
});
