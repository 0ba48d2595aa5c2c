import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildModule } from '../../testing/builders';
import { detachedAssessmentMachine } from '../../testing/detached';
import type { Response } from '../progress/progress-record';

const bank = buildModule().questions;
const byId = (id: string) => bank.find((q) => q.id === id)!;

const start = (mode: 'check' | 'final', questionIds: string[], answers?: Record<string, Response>) =>
  createActor(detachedAssessmentMachine, {
    input: { id: 'test', mode, questions: questionIds.map(byId), answers, passMark: mode === 'final' ? 50 : undefined },
  }).start();

describe('assessmentMachine in check mode', () => {
  it('will not submit until the question is answered', () => {
    const actor = start('check', ['q-law']);
    actor.send({ type: 'answer.submit' });
    expect(actor.getSnapshot().hasTag('answering')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(false);
  });

  it('ignores a draft of the wrong question type', () => {
    const actor = start('check', ['q-law']);
    actor.send({ type: 'answer.change', response: { type: 'true-false', value: true } });
    expect(actor.getSnapshot().context.draft).toBeNull();
  });

  it('gives feedback after each answer and results at the end', () => {
    const actor = start('check', ['q-law', 'q-true']);
    actor.send({ type: 'answer.change', response: { type: 'single-choice', option: 'a' } });
    actor.send({ type: 'answer.submit' });
    expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'answer.change', response: { type: 'true-false', value: true } });
    actor.send({ type: 'answer.submit' });
    actor.send({ type: 'nav.next' });

    expect(actor.getSnapshot().hasTag('results')).toBe(true);
    expect(actor.getSnapshot().context.score).toBe(50);
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().output).toMatchObject({ score: 50, passed: null });
  });

  it('starts an ordering question shuffled, never already in the right order', () => {
    const actor = start('check', ['q-order']);
    const draft = actor.getSnapshot().context.draft;
    expect(draft?.type).toBe('ordering');
    expect(draft && draft.type === 'ordering' ? draft.order : []).not.toEqual(['first', 'second', 'third']);
    expect(draft && draft.type === 'ordering' ? [...draft.order].sort() : []).toEqual(['first', 'second', 'third']);
  });

  it('resumes at the first unanswered question', () => {
    const actor = start('check', ['q-law', 'q-true'], { 'q-law': { type: 'single-choice', option: 'b' } });
    expect(actor.getSnapshot().context.index).toBe(1);
  });
});

describe('assessmentMachine in final mode', () => {
  const answerAll = (actor: ReturnType<typeof start>, responses: Response[]) => {
    for (const response of responses) {
      actor.send({ type: 'answer.change', response });
      actor.send({ type: 'answer.submit' });
    }
  };

  it('goes straight to the next question without feedback, then scores against the pass mark', () => {
    const actor = start('final', ['q-law', 'q-true', 'q-many']);
    answerAll(actor, [
      { type: 'single-choice', option: 'a' },
      { type: 'true-false', value: false },
      { type: 'multiple-choice', options: ['x'] },
    ]);
    expect(actor.getSnapshot().hasTag('results')).toBe(true);
    expect(actor.getSnapshot().context.score).toBe(67);
    expect(actor.getSnapshot().context.passed).toBe(true);
  });

  it('lets the learner review answers and return to the results', () => {
    const actor = start('final', ['q-true']);
    answerAll(actor, [{ type: 'true-false', value: true }]);
    expect(actor.getSnapshot().context.passed).toBe(false);
    actor.send({ type: 'review.open' });
    expect(actor.getSnapshot().hasTag('review')).toBe(true);
    actor.send({ type: 'review.close' });
    expect(actor.getSnapshot().hasTag('results')).toBe(true);
  });

  it('marks matching and ordering answers by every part', () => {
    const actor = start('final', ['q-match', 'q-order']);
    answerAll(actor, [
      { type: 'matching', pairs: { p1: 't1', p2: 't2' } },
      { type: 'ordering', order: ['first', 'third', 'second'] },
    ]);
    expect(actor.getSnapshot().context.score).toBe(50);
  });
});
