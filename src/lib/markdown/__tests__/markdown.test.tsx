import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { compileMarkdown } from '../compile-markdown';
import { Markdown } from '../markdown';
import type { MarkdownDocument } from '../markdown-ast';

// As in the course: compiled (as the build does), then rendered (as the browser does).
const renderMarkdown = (text: string, headingLevel?: 2 | 3) => renderWithI18n(<Markdown content={compileMarkdown(text)} headingLevel={headingLevel} />);

describe('Markdown', () => {
  it('renders paragraphs, emphasis, lists, blockquotes, code and line breaks', () => {
    const { container } = renderMarkdown('Some **bold** and *soft* text with `code`.  \nNext line\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted');
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByText('soft').tagName).toBe('EM');
    expect(screen.getByText('code').tagName).toBe('CODE');
    expect(container.querySelector('br')).not.toBeNull();
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.tagName)).toEqual(['UL', 'OL']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two', 'first', 'second']);
    expect(screen.getByText('quoted').closest('blockquote')).not.toBeNull();
  });

  it('puts headings under the screen title (h1), shifted by the heading level given', () => {
    renderMarkdown('# Top\n\n## Below');
    expect(screen.getByRole('heading', { name: 'Top', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Below', level: 3 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('shifts headings further inside a section', () => {
    renderMarkdown('# Inside', 3);
    expect(screen.getByRole('heading', { name: 'Inside', level: 3 })).toBeInTheDocument();
  });

  it('opens web links in a new tab, safely, and says so to screen readers', () => {
    renderMarkdown('See [the CEOP Safety Centre](https://www.ceop.police.uk/Safety-Centre/).');
    const link = screen.getByRole('link', { name: 'the CEOP Safety Centre (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://www.ceop.police.uk/Safety-Centre/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('underlines only the link text: no visible space before the punctuation that follows it', () => {
    renderMarkdown('Use [Report Remove](https://www.childline.org.uk/), then tell someone.');
    const link = screen.getByRole('link', { name: 'Report Remove (opens in a new tab)' });
    const shown = [...link.childNodes].filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')));
    expect(shown.map((node) => node.textContent).join('')).toBe('Report Remove');
    expect(link.parentElement?.textContent).toBe('Use Report Remove (opens in a new tab), then tell someone.');
  });

  it('keeps phone and email links in the same tab', () => {
    renderMarkdown('Call [Childline](tel:08001111) or [email the NSPCC](mailto:help@nspcc.org.uk).');
    expect(screen.getByRole('link', { name: 'Childline' })).toHaveAttribute('href', 'tel:08001111');
    expect(screen.getByRole('link', { name: 'Childline' })).not.toHaveAttribute('target');
    expect(screen.getByRole('link', { name: 'email the NSPCC' })).toHaveAttribute('href', 'mailto:help@nspcc.org.uk');
  });

  it('drops javascript: and other schemes, keeping the words', () => {
    const { container } = renderMarkdown('[Click me](javascript:alert(1)) and [data](data:text/html,hi)');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toBe('Click me and data');
  });

  it('shows a <script> block as text and never runs or inserts it', () => {
    const { container } = renderMarkdown('<script>window.hacked = true</script>');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>window.hacked = true</script>')).toBeInTheDocument();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('shows inline HTML such as <img onerror> as the text typed', () => {
    const { container } = renderMarkdown('Look: <img src=x onerror="alert(1)"> and <b>bold?</b>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('Look: <img src=x onerror="alert(1)"> and <b>bold?</b>');
  });

  it('does not render markdown images (images come from a step, with checked alt text)', () => {
    const { container } = renderMarkdown('![a tracking pixel](https://tracker.example/p.gif)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('a tracking pixel');
  });

  it('decodes character references as a browser would', () => {
    const { container } = renderMarkdown('Tom &amp; Jerry &ndash; &#163;5 &unknown;');
    expect(container.textContent).toBe('Tom & Jerry – £5 &unknown;');
  });

  it('never renders an unsafe destination as a link, even in a tree not made by the build', () => {
    const handMade: MarkdownDocument = [['p', ['a', 'javascript:alert(1)', 'Click me'], ' and ', ['a', '/relative', 'here']]];
    const { container } = renderWithI18n(<Markdown content={handMade} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toBe('Click me and here');
  });

  it('skips nodes it does not know instead of breaking the screen', () => {
    // A tree from a broken or newer build: the type says it cannot happen, the data may disagree.
    const broken = [['p', 'Kept', ['marquee', 'dropped']], ['table', 'x'], 'loose', null] as unknown as MarkdownDocument;
    renderWithI18n(
      <div data-testid="text">
        <Markdown content={broken} />
      </div>,
    );
    expect(screen.getByTestId('text').innerHTML).toBe('<p>Kept</p>');
  });
});
