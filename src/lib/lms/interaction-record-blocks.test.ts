import { describe, expect, it } from 'vitest';
import { LessonBlockSchema } from '../../course/schema/lesson-blocks-schema';
import type { InteractiveBlock } from '../../course/schema/interactive-block';
import { interactionRecord } from './interaction-record';

const at = new Date('2026-12-04T10:00:00Z');
const block = (data: unknown): InteractiveBlock => LessonBlockSchema.parse(data) as InteractiveBlock;

describe('interaction records for lesson blocks', () => {
  it('records spot the signs as a choice of the items selected, against the signs, in the block\'s order', () => {
    const signs = block({ id: 'which-signs', type: 'spot-the-signs', items: [{ id: 'new-friend', sign: true }, { id: 'homework', sign: false }, { id: 'gifts', sign: true }] });
    const record = interactionRecord(
      { kind: 'block', moduleId: 'contact', stepId: 'how-grooming-works', block: signs, answer: { type: 'spot-the-signs', selected: ['gifts', 'homework'] }, correct: false },
      { at, latencyMs: null },
    );
    expect(record).toMatchObject({
      id: 'lb__contact__how_grooming_works__which_signs',
      response: { type: 'choice', ids: ['homework', 'gifts'] },
      correctResponse: { type: 'choice', ids: ['new_friend', 'gifts'] },
      result: 'incorrect',
    });
  });

  it('records sort into groups as matching pairs of item and group', () => {
    const sort = block({ id: 'which-c', type: 'sort-into-groups', groups: ['contact', 'commerce'], items: [{ id: 'loot-box', group: 'commerce' }, { id: 'stranger', group: 'contact' }] });
    const record = interactionRecord(
      { kind: 'block', moduleId: 'risks', stepId: 'four-cs', block: sort, answer: { type: 'sort-into-groups', placed: { stranger: 'contact', 'loot-box': 'commerce' } }, correct: true },
      { at, latencyMs: null },
    );
    expect(record).toMatchObject({
      id: 'lb__risks__four_cs__which_c',
      response: { type: 'matching', pairs: [['loot_box', 'commerce'], ['stranger', 'contact']] },
      result: 'correct',
    });
  });
});
