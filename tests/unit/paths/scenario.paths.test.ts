import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { Scenario } from '../../../src/course/schema/module-schema';
import { detachedScenarioMachine } from '../../../src/testing/detached';
import { currentNode, type ScenarioEvent } from '../../../src/course/machines/scenario-machine';
import { allScenarios, realContent } from './real-content';

/**
 * An oracle written independently of the machine and of scenario-scoring.ts:
 * every route from the start node to an ending, by plain depth-first search over
 * the content, with the points each route scores.
 */
function routesOf(scenario: Scenario): { choices: string[]; score: number }[] {
  const routes: { choices: string[]; score: number }[] = [];
  const walk = (nodeId: string | undefined, choices: string[], score: number): void => {
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (!node || node.choices.length === 0) {
      routes.push({ choices, score });
      return;
    }
    for (const choice of node.choices) walk(choice.next, [...choices, choice.id], score + choice.score);
  };
  walk(scenario.start, [], 0);
  return routes;
}

const eventsFor = (snapshot: SnapshotFrom<typeof detachedScenarioMachine>): ScenarioEvent[] =>
  snapshot.hasTag('choosing')
    ? (currentNode(snapshot.context)?.choices ?? []).map((c) => ({ type: 'choice.select' as const, choiceId: c.id }))
    : [{ type: 'nav.next' as const }];

describe('scenario paths over the real content', () => {
  it('finds scenarios to test', () => {
    expect(realContent.problems).toEqual([]);
    expect(allScenarios.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(allScenarios.map(({ module, scenario }) => [`${module.id} / ${scenario.id}`, scenario] as const))('%s', (_name, scenario) => {
    const routes = routesOf(scenario);
    const paths = getSimplePaths(detachedScenarioMachine, { input: { scenario }, events: eventsFor });

    it('has no dead end: every state the learner can reach offers a way on, or is the end', () => {
      for (const path of paths) {
        const state = path.state;
        if (state.status === 'done') continue;
        const moves = eventsFor(state).filter((event) => state.can(event));
        expect(moves, `dead end after ${path.steps.map((s) => JSON.stringify(s.event)).join(' → ')}`).not.toHaveLength(0);
      }
    });

    it('reaches the end by exactly the routes the content defines', () => {
      const finished = paths
        .filter((p) => p.state.status === 'done')
        .map((p) => (p.state.output?.choices ?? []).join(' > '))
        .sort();
      expect(finished).toEqual(routes.map((r) => r.choices.join(' > ')).sort());
    });

    it('scores every route as the independent sum of its choices', () => {
      for (const route of routes) {
        const actor = createActor(detachedScenarioMachine, { input: { scenario } }).start();
        actor.send({ type: 'nav.next' });
        for (const choiceId of route.choices) {
          actor.send({ type: 'choice.select', choiceId });
          actor.send({ type: 'nav.next' });
        }
        actor.send({ type: 'nav.next' });
        expect(actor.getSnapshot().status).toBe('done');
        expect(actor.getSnapshot().output?.score).toBe(route.score);
      }
    });

    it('reports the best possible score as the maximum over all routes', () => {
      const actor = createActor(detachedScenarioMachine, { input: { scenario } }).start();
      expect(actor.getSnapshot().context.maxScore).toBe(Math.max(...routes.map((r) => r.score)));
    });
  });
});
