import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildModule } from '../../testing/builders';
import { moduleMachine, type ModuleReport } from './module-machine';
import type { ModuleProgress } from '../progress/progress-record';

/** The module under test as a child, so its reports can be captured like the course sees them. */
function startModule(moduleOverrides: Parameters<typeof buildModule>[0] = {}, progress?: ModuleProgress) {
  const reports: ModuleReport[] = [];
  const machine = moduleMachine.provide({
    actions: {
      reportProgress: ({ context }) => reports.push({ type: 'module.progress', moduleId: context.module.id, progress: context.progress, milestone: false }),
      reportCompleted: ({ context }) => reports.push({ type: 'module.progress', moduleId: context.module.id, progress: context.progress, milestone: true }),
      forwardChoice: () => undefined,
      forwardAnswer: () => undefined,
      forwardShown: () => undefined,
    },
  });
  const actor = createActor(machine, { input: { module: buildModule(moduleOverrides), progress } }).start();
  return { actor, reports };
}

const scenarioRef = (actor: ReturnType<typeof startModule>['actor']) => actor.getSnapshot().children.scenario;
const checkRef = (actor: ReturnType<typeof startModule>['actor']) => actor.getSnapshot().children.check;

describe('moduleMachine', () => {
  it('asks the learner to accept the content warning before the intro', () => {
    const { actor } = startModule({ contentWarning: true });
    expect(actor.getSnapshot().hasTag('warning')).toBe(true);
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().hasTag('warning')).toBe(true);
    actor.send({ type: 'warning.accept' });
    expect(actor.getSnapshot().hasTag('intro')).toBe(true);
  });

  it('runs lesson, scenario and knowledge check in order, then the summary', () => {
    const { actor, reports } = startModule();
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().hasTag('lesson')).toBe(true);

    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().hasTag('scenario')).toBe(true);
    const scenario = scenarioRef(actor)!;
    scenario.send({ type: 'nav.next' });
    scenario.send({ type: 'choice.select', choiceId: 'tell' });
    expect(actor.getSnapshot().context.progress.scenarios).toEqual({ chat: ['tell'] });
    scenario.send({ type: 'nav.next' });
    scenario.send({ type: 'nav.next' });

    expect(actor.getSnapshot().hasTag('knowledge-check')).toBe(true);
    const check = checkRef(actor)!;
    check.send({ type: 'answer.change', response: { type: 'single-choice', option: 'a' } });
    check.send({ type: 'answer.submit' });
    check.send({ type: 'nav.next' });
    check.send({ type: 'answer.change', response: { type: 'true-false', value: false } });
    check.send({ type: 'answer.submit' });
    check.send({ type: 'nav.next' });
    check.send({ type: 'nav.next' });

    expect(actor.getSnapshot().hasTag('summary')).toBe(true);
    expect(actor.getSnapshot().context.progress.completed).toBe(true);
    expect(Object.keys(actor.getSnapshot().context.progress.answers)).toEqual(['q-law', 'q-true']);
    expect(reports.at(-1)).toMatchObject({ milestone: true, progress: { completed: true } });

    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('"Try another path" starts the scenario again as a new attempt, keeping the best score and saving it', () => {
    const { actor, reports } = startModule();
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.next' });
    const scenario = scenarioRef(actor)!;
    scenario.send({ type: 'nav.next' });
    scenario.send({ type: 'choice.select', choiceId: 'tell' });
    scenario.send({ type: 'nav.next' });
    expect(scenario.getSnapshot().hasTag('ending')).toBe(true);

    scenario.send({ type: 'scenario.restart' });
    expect(scenario.getSnapshot().hasTag('choosing')).toBe(true);
    expect(scenario.getSnapshot().context.nodeId).toBe('request');
    expect(actor.getSnapshot().context.progress).toMatchObject({ scenarios: { chat: [] }, scenarioAttempts: { chat: { earlier: 1, bestScore: 2 } } });
    expect(reports.at(-1)).toMatchObject({ progress: { scenarios: { chat: [] }, scenarioAttempts: { chat: { earlier: 1, bestScore: 2 } } } });

    // A worse second path does not lower the best score.
    scenario.send({ type: 'choice.select', choiceId: 'pay' });
    scenario.send({ type: 'nav.next' });
    scenario.send({ type: 'choice.select', choiceId: 'hide' });
    scenario.send({ type: 'nav.next' });
    expect(scenario.getSnapshot().context).toMatchObject({ score: 0, earlierAttempts: 1, bestEarlierScore: 2 });
    scenario.send({ type: 'scenario.restart' });
    expect(actor.getSnapshot().context.progress.scenarioAttempts).toEqual({ chat: { earlier: 2, bestScore: 2 } });
  });

  it('hands a resumed scenario its earlier attempts', () => {
    const { actor } = startModule({}, { completed: false, position: { at: 'step', stepId: 'chat' }, scenarios: { chat: ['pay'] }, answers: {}, scenarioAttempts: { chat: { earlier: 3, bestScore: 1 } } });
    expect(scenarioRef(actor)!.getSnapshot().context).toMatchObject({ earlierAttempts: 3, bestEarlierScore: 1 });
  });

  it('goes back from the first lesson to the intro', () => {
    const { actor } = startModule();
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().hasTag('intro')).toBe(true);
  });

  it('resumes at the saved step with the saved scenario path', () => {
    const { actor } = startModule({}, { completed: false, position: { at: 'step', stepId: 'chat' }, scenarios: { chat: ['pay'] }, answers: {} });
    expect(actor.getSnapshot().hasTag('scenario')).toBe(true);
    expect(scenarioRef(actor)!.getSnapshot().context.nodeId).toBe('more-demands');
  });

  it('opens at the intro when the saved step no longer exists', () => {
    const { actor } = startModule({}, { completed: false, position: { at: 'step', stepId: 'removed' }, scenarios: {}, answers: {} });
    expect(actor.getSnapshot().hasTag('intro')).toBe(true);
  });

  it('records the position on every step so a relaunch returns to the same screen', () => {
    const { actor, reports } = startModule();
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.next' });
    expect(reports.at(-1)?.type === 'module.progress' && reports.at(-1)).toMatchObject({ progress: { position: { at: 'step', stepId: 'chat' } } });
  });
});
