import { describe, expect, it } from 'vitest';
import { buildModule } from '../../../testing/builders';
import { compileModuleTexts } from '../compile-module-texts';

describe('compileModuleTexts on a lesson built from blocks', () => {
  const module = buildModule({
    steps: [
      {
        id: 'pieces',
        type: 'lesson',
        blocks: [
          { id: 'opening', type: 'text' },
          { id: 'note', type: 'callout', kind: 'key-fact' },
          { id: 'myths', type: 'reveal-cards', cards: ['strangers'] },
          { id: 'more', type: 'accordion', items: ['gifts'] },
          { id: 'signs', type: 'spot-the-signs', items: [{ id: 'gift', sign: true }, { id: 'app', sign: false }] },
          { id: 'words', type: 'quote' },
        ],
      },
    ],
    scenarios: [],
  });
  const texts = {
    steps: {
      pieces: {
        title: 'In pieces',
        blocks: {
          opening: { body: 'Grooming is **gradual**.' },
          note: { body: 'A *key* fact.' },
          myths: { cards: { strangers: { prompt: 'Only **strangers**', answer: 'Mostly **known** adults.' } } },
          more: { items: { gifts: { summary: 'Gifts', body: '- a list' } } },
          signs: { prompt: 'Which are **signs**?', items: { gift: { label: 'A gift', explanation: 'Debt.' }, app: { label: 'An app', explanation: 'Fine.' } } },
          words: { text: 'My **own** words', attribution: 'Girl, 14' },
        },
      },
    },
  };

  it('compiles the blocks\' Markdown texts (bodies, answers) and leaves labels, prompts and quotes as plain strings', () => {
    const compiled = compileModuleTexts(module, texts) as typeof texts & Record<string, unknown>;
    const blocks = (compiled.steps.pieces.blocks as unknown) as Record<string, Record<string, unknown>>;
    expect(blocks['opening']?.['body']).toEqual([['p', 'Grooming is ', ['strong', 'gradual'], '.']]);
    expect(blocks['note']?.['body']).toEqual([['p', 'A ', ['em', 'key'], ' fact.']]);
    expect(blocks['myths']).toEqual({ cards: { strangers: { prompt: 'Only **strangers**', answer: [['p', 'Mostly ', ['strong', 'known'], ' adults.']] } } });
    expect(blocks['more']).toEqual({ items: { gifts: { summary: 'Gifts', body: [['ul', [['text', 'a list']]]] } } });
    expect(blocks['signs']?.['prompt']).toBe('Which are **signs**?');
    expect(blocks['words']).toEqual({ text: 'My **own** words', attribution: 'Girl, 14' });
  });
});
