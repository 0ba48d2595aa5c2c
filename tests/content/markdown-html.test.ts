import { describe, expect, it } from 'vitest';
import { findRawHtml } from '../../src/course/content/markdown-html';

describe('findRawHtml', () => {
  it.each([
    ['inline tags', 'Some <b>bold</b> text', ['<b>', '</b>']],
    ['a block element', 'Intro\n\n<div class="x">block</div>\n\nMore', ['<div class="x">block</div>']],
    ['an HTML comment', 'Text\n\n<!-- note to self -->\n', ['<!-- note to self -->']],
    ['tags inside a list item', '- item <span>x</span>', ['<span>', '</span>']],
    ['tags inside a table cell', '| a | b |\n|---|---|\n| <i>c</i> | d |', ['<i>', '</i>']],
    ['a script tag', 'Hi <script>alert(1)</script>', ['<script>', '</script>']],
  ])('finds %s', (_, text, html) => {
    expect(findRawHtml(text)).toEqual(html);
  });

  it.each([
    ['plain markdown', '**Bold**, _italic_ and [a link](https://www.nspcc.org.uk).\n\n- one\n- two'],
    ['an autolink', 'See <https://www.ceop.police.uk/Safety-Centre/>.'],
    ['an e-mail autolink', 'Write to <help@nspcc.org.uk>.'],
    ['a less-than sign in prose', 'Children aged < 13 and ages 13 > 10.'],
    ['a tag inside a code span', 'Type `<b>` to see it.'],
  ])('accepts %s', (_, text) => {
    expect(findRawHtml(text)).toEqual([]);
  });
});
