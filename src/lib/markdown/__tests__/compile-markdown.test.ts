import { describe, expect, it } from 'vitest';
import { compileMarkdown } from '../compile-markdown';

describe('compileMarkdown', () => {
  it('keeps only what the player renders: blocks, inline marks, links and breaks', () => {
    expect(compileMarkdown('# Title\n\nSome **bold**, *soft* and `code`.  \nNext line\n\n- one\n- two\n\n3. three\n\n> quoted')).toEqual([
      ['h', 1, 'Title'],
      ['p', 'Some ', ['strong', 'bold'], ', ', ['em', 'soft'], ' and ', ['code', 'code'], '.', ['br'], 'Next line'],
      ['ul', [['text', 'one']], [['text', 'two']]],
      ['ol', 3, [['text', 'three']]],
      ['blockquote', ['p', 'quoted']],
    ]);
  });

  it('gives a loose list item its paragraphs', () => {
    expect(compileMarkdown('- first\n\n- second')).toEqual([['ul', [['p', 'first']], [['p', 'second']]]]);
  });

  it('decodes character references at build time, leaving unknown ones and code as typed', () => {
    expect(compileMarkdown('Tom &amp; Jerry &ndash; &#163;5 &unknown; `a &amp; b`')).toEqual([
      ['p', 'Tom & Jerry – £5 &unknown; ', ['code', 'a &amp; b']],
    ]);
  });

  it('makes a link only of a safe destination, and keeps the words of any other', () => {
    expect(compileMarkdown('[CEOP](https://www.ceop.police.uk/) or [Childline](tel:08001111), not [this](javascript:alert(1)) or [that](page.html)')).toEqual([
      ['p', ['a', 'https://www.ceop.police.uk/', 'CEOP'], ' or ', ['a', 'tel:08001111', 'Childline'], ', not this or that'],
    ]);
  });

  it('turns raw HTML, images, strike-through and tables into the text typed', () => {
    expect(compileMarkdown('<script>x()</script>')).toEqual([['p', '<script>x()</script>']]);
    expect(compileMarkdown('Look: <b>bold?</b> ~~gone~~ ![alt &amp; text](x.png)')).toEqual([['p', 'Look: <b>bold?</b> gone alt & text']]);
    expect(compileMarkdown('| a |\n|---|\n| 1 |')).toEqual([['p', '| a |\n|---|\n| 1 |']]);
  });

  it('drops what shows nothing (rules, blank lines, link definitions)', () => {
    expect(compileMarkdown('One\n\n---\n\n[ref]: https://example.org\n\nTwo')).toEqual([['p', 'One'], ['p', 'Two']]);
  });

  it('is plain JSON: no raw source, nothing lost in a round trip', () => {
    const compiled = compileMarkdown('A [link](https://example.org) and **more**\n\n- item');
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    expect(JSON.stringify(compiled)).not.toContain('raw');
    expect(JSON.stringify(compiled)).not.toContain('**');
  });
});
