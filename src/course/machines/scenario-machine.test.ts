import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildModule } from '../../testing/builders';
import { detachedScenarioMachine } from '../../testing/detached';
import { scenarioMachine } from './scenario-machine';

const scenario = buildModule().scenarios[0]!;

const start = (choices?: string[]) => createActor(detachedScenarioMachine, { input: { scenario, choices } }).start();

describe('scenarioMachine', () => {
  it('shows the scenario intro first, then the first node\'s choices', () => {
    const actor = start();
    expect(actor.getSnapshot().hasTag('intro')).toBe(true);

    actor.send({ type: 'nav.next' });

    expect(actor.getSnapshot().hasTag('choosing')).toBe(true);
    expect(actor.getSnapshot().context.nodeId).toBe('request');
  });

  it('ignores a choice that is not offered at the current node', () => {
    const actor = start();
    actor.send({ type: 'nav.next' });

    actor.send({ type: 'choice.select', choiceId: 'tell-late' });

    expect(actor.getSnapshot().hasTag('choosing')).toBe(true);
    expect(actor.getSnapshot().context.taken).toHaveLength(0);
  });

  it('shows feedback for the choice, then the consequence node, then the ending', () => {
    const actor = start();
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'choice.select', choiceId: 'pay' });
    expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
    expect(actor.getSnapshot().context.nodeId).toBe('request');

    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().context.nodeId).toBe('more-demands');
    expect(actor.getSnapshot().hasTag('choosing')).toBe(true);

    actor.send({ type: 'choice.select', choiceId: 'tell-late' });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().hasTag('ending')).toBe(true);
    expect(actor.getSnapshot().context.nodeId).toBe('support');

    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ scenarioId: 'chat', choices: ['pay', 'tell-late'], score: 1, maxScore: 2 });
  });

  it('ends on a choice with no next node', () => {
    const actor = start(['pay']);
    actor.send({ type: 'choice.select', choiceId: 'hide' });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().hasTag('ending')).toBe(true);
    expect(actor.getSnapshot().context.nodeId).toBe('more-demands');
  });

  it('resumes at the node reached by the saved choices', () => {
    const actor = start(['pay']);
    expect(actor.getSnapshot().hasTag('choosing')).toBe(true);
    expect(actor.getSnapshot().context.nodeId).toBe('more-demands');
    expect(actor.getSnapshot().context.score).toBe(0);
  });

  it('resumes a finished scenario at its ending', () => {
    const actor = start(['tell']);
    expect(actor.getSnapshot().hasTag('ending')).toBe(true);
    expect(actor.getSnapshot().context.score).toBe(2);
  });

  it('keeps the valid part of saved choices that no longer match the content', () => {
    const actor = start(['pay', 'removed-choice', 'tell']);
    expect(actor.getSnapshot().context.taken.map((t) => t.choice.id)).toEqual(['pay']);
  });

  it('reports every choice and the path so far to its parent', () => {
    const reports: unknown[] = [];
    const machine = scenarioMachine.provide({
      actions: {
        reportChoice: ({ context }) => reports.push(['choice', context.taken.at(-1)?.choice.id]),
        reportProgress: ({ context }) => reports.push(['path', context.taken.map((t) => t.choice.id)]),
      },
    });
    const actor = createActor(machine, { input: { scenario } }).start();
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'choice.select', choiceId: 'pay' });
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'choice.select', choiceId: 'hide' });
    expect(reports).toEqual([
      ['choice', 'pay'],
      ['path', ['pay']],
      ['choice', 'hide'],
      ['path', ['pay', 'hide']],
    ]);
  });
});
