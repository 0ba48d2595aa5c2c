import type { Scenario } from '../schema/module-schema';

/**
 * Every way through a scenario, grouped by where it ends, so an author can check that
 * each ending's text is true of every path that reaches it (docs/content-format.md,
 * "Endings must be true of every path that reaches them").
 */

export interface PathStep {
  nodeId: string;
  choiceId: string;
}

export interface EndingPaths {
  /** The ending node, or the node whose choice ends the story without one. */
  nodeId: string;
  /** The choice that ends the story at `nodeId` when that node is not an ending itself. */
  endingChoiceId?: string;
  /** Each path from the start that reaches this ending, in the order nodes and choices are written. */
  paths: PathStep[][];
}

/** Above this many paths a scenario is too big to list; validation keeps scenarios far smaller. */
const MAX_PATHS = 10_000;

/**
 * The endings of an acyclic, fully resolved scenario (run after scenarioProblems found
 * nothing), each with the paths that reach it, in the order the endings are first reached.
 */
export function endingPaths(scenario: Scenario): EndingPaths[] {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const endings = new Map<string, EndingPaths>();
  const add = (key: string, ending: Omit<EndingPaths, 'paths'>, path: PathStep[]): void => {
    const entry = endings.get(key) ?? { ...ending, paths: [] };
    entry.paths.push(path);
    endings.set(key, entry);
  };
  let count = 0;
  const walk = (nodeId: string, path: PathStep[], seen: ReadonlySet<string>): void => {
    const node = nodes.get(nodeId);
    if (!node || seen.has(nodeId) || count > MAX_PATHS) return;
    if (node.choices.length === 0) {
      count++;
      add(nodeId, { nodeId }, path);
      return;
    }
    const next = new Set(seen).add(nodeId);
    for (const choice of node.choices) {
      const step = [...path, { nodeId, choiceId: choice.id }];
      if (choice.next === undefined) {
        count++;
        add(`${nodeId}/${choice.id}`, { nodeId, endingChoiceId: choice.id }, step);
      } else walk(choice.next, step, next);
    }
  };
  walk(scenario.start, [], new Set());
  return [...endings.values()];
}
