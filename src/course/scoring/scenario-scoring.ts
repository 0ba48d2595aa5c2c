import type { Choice, Scenario, ScenarioNode } from '../schema/module-schema';

/** Index a scenario's nodes by id. */
export const nodesById = (scenario: Scenario): Map<string, ScenarioNode> =>
  new Map(scenario.nodes.map((node) => [node.id, node]));

/**
 * Points of the best path from a node to an ending. Scenarios are acyclic
 * (validation guarantees it), so plain memoised recursion terminates.
 */
export function maxScenarioScore(scenario: Scenario): number {
  const nodes = nodesById(scenario);
  const memo = new Map<string, number>();
  const best = (nodeId: string): number => {
    const known = memo.get(nodeId);
    if (known !== undefined) return known;
    const node = nodes.get(nodeId);
    const value = node
      ? Math.max(0, ...node.choices.map((c) => c.score + (c.next ? best(c.next) : 0)))
      : 0;
    memo.set(nodeId, value);
    return value;
  };
  return best(scenario.start);
}

export interface TakenChoice {
  nodeId: string;
  choice: Choice;
}

/**
 * Replay a list of choice ids from the start node. Stops at the first id that is
 * not a choice of the current node (content changed since it was saved), keeping
 * the valid prefix, so a republished scenario never crashes a resumed learner.
 */
export function replayChoices(scenario: Scenario, choiceIds: readonly string[]): { taken: TakenChoice[]; nodeId: string | null } {
  const nodes = nodesById(scenario);
  const taken: TakenChoice[] = [];
  let nodeId: string | null = scenario.start;
  for (const choiceId of choiceIds) {
    const node: ScenarioNode | undefined = nodeId === null ? undefined : nodes.get(nodeId);
    const choice: Choice | undefined = node?.choices.find((c) => c.id === choiceId);
    if (!node || !choice) break;
    taken.push({ nodeId: node.id, choice });
    nodeId = choice.next ?? null;
  }
  return { taken, nodeId };
}

/** Points scored along a path of choices. */
export const pathScore = (taken: readonly TakenChoice[]): number => taken.reduce((sum, t) => sum + t.choice.score, 0);
