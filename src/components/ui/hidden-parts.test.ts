import { describe, expect, it } from 'vitest';
import { hiddenParts } from './hidden-parts';

describe('hiddenParts', () => {
  it('splits shown words from words for screen readers only', () => {
    expect(hiddenParts('Start <hidden>Contact risks</hidden>')).toEqual([
      { text: 'Start ', hidden: false },
      { text: 'Contact risks', hidden: true },
    ]);
  });

  it('keeps the order a translation needs, with more than one hidden piece', () => {
    expect(hiddenParts('<hidden>Cyswllt</hidden> dechrau <hidden>nawr</hidden>.')).toEqual([
      { text: 'Cyswllt', hidden: true },
      { text: ' dechrau ', hidden: false },
      { text: 'nawr', hidden: true },
      { text: '.', hidden: false },
    ]);
  });

  it('shows a label without marks, or with an unclosed mark, as written', () => {
    expect(hiddenParts('Start')).toEqual([{ text: 'Start', hidden: false }]);
    expect(hiddenParts('Start <hidden>Contact')).toEqual([{ text: 'Start <hidden>Contact', hidden: false }]);
  });
});
