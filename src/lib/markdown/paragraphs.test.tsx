import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Paragraphs } from './paragraphs';

describe('Paragraphs', () => {
  it('makes one paragraph per blank-line-separated block, keeping markup as text', () => {
    const { container } = render(<Paragraphs text={'First line.\n\n  Second <b>one</b>.  \n\n\n'} />);
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(screen.getByText('Second <b>one</b>.')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
  });
});
