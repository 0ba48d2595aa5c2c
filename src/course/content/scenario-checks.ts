import type { StructurePath } from '../required-texts';
import type { Scenario } from '../schema/module-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import type { ParsedDocument } from './parsed-document';
import { DeadEndNode, NoFullMarksPath, ScenarioCycle, UnknownNode, UnreachableNode } from './problem-catalogue';

const FULL_MARKS = 2;

interface Edge {
  from: string;
  to: string;
  /** Path of the choice's `next`, where a looping edge is reported. */
  path: StructurePath;
}

/**
 * A scenario must be a DAG reachable from its start, every node must be able to
 * reach an ending, and some path must earn full marks at every choice. The player
 * and the scoring (maxScenarioScore) rely on this: a loop would never end.
 */
export function scenarioProblems(scenario: Scenario, base: StructurePath, doc: ParsedDocument): ContentProblem[] {
  const at = (path: StructurePath, extra: { found?: string; expected?: string } = {}) => ({
    file: doc.file,
    line: doc.lineOf(path),
    path,
    ...extra,
  });
  const problems: ContentProblem[] = [];
  const nodeIds = scenario.nodes.map((n) => n.id);
  const known = new Set(nodeIds);
  const indexOf = new Map(scenario.nodes.map((n, i) => [n.id, i]));

  if (!known.has(scenario.start)) {
    problems.push(
      createProblem(UnknownNode, { id: scenario.start, known: nodeIds }, at([...base, 'start'], { found: scenario.start, expected: `one of ${nodeIds.join(', ')}` })),
    );
  }

  const edges = new Map<string, Edge[]>(nodeIds.map((id) => [id, []]));
  const canEndHere = new Set<string>();
  scenario.nodes.forEach((node, ni) => {
    if (node.choices.length === 0) canEndHere.add(node.id);
    node.choices.forEach((choice, ci) => {
      const path: StructurePath = [...base, 'nodes', ni, 'choices', ci, 'next'];
      if (choice.next === undefined) {
        canEndHere.add(node.id);
      } else if (known.has(choice.next)) {
        edges.get(node.id)?.push({ from: node.id, to: choice.next, path });
      } else {
        problems.push(createProblem(UnknownNode, { id: choice.next, known: nodeIds }, at(path, { found: choice.next, expected: `one of ${nodeIds.join(', ')}` })));
      }
    });
  });
  if (!known.has(scenario.start)) return problems;

  const reachable = reachableFrom(scenario.start, edges);
  scenario.nodes.forEach((node, ni) => {
    if (!reachable.has(node.id)) {
      problems.push(createProblem(UnreachableNode, { id: node.id, start: scenario.start }, at([...base, 'nodes', ni, 'id'], { found: node.id })));
    }
  });

  const canEnd = nodesThatCanEnd(canEndHere, edges);
  let loops = 0;
  for (const component of stronglyConnectedComponents([...reachable], edges)) {
    const members = new Set(component);
    const looping = component.length > 1 || (edges.get(component[0] ?? '') ?? []).some((e) => e.to === component[0]);
    if (!looping) continue;
    loops++;
    const first = [...component].sort((a, b) => (indexOf.get(a) ?? 0) - (indexOf.get(b) ?? 0))[0] ?? '';
    const cycle = cycleThrough(first, members, edges);
    if (component.every((id) => !canEnd.has(id))) {
      const ni = indexOf.get(first) ?? 0;
      problems.push(createProblem(DeadEndNode, { id: first, cycle: cycle.nodes }, at([...base, 'nodes', ni, 'id'], { found: first, expected: 'a path to an ending' })));
    } else {
      problems.push(
        createProblem(ScenarioCycle, { cycle: cycle.nodes }, at(cycle.closingEdge?.path ?? [...base, 'nodes'], { found: cycle.nodes.join(' → '), expected: 'choices that only move forward' })),
      );
    }
  }

  const unresolved = problems.length > 0 || loops > 0;
  if (!unresolved && !hasFullMarksPath(scenario)) {
    problems.push(createProblem(NoFullMarksPath, { id: scenario.id }, at([...base, 'id'], { found: scenario.id, expected: 'a path on which every choice scores 2' })));
  }
  return problems;
}

function reachableFrom(start: string, edges: Map<string, Edge[]>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const edge of edges.get(id) ?? []) {
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/** Nodes from which some sequence of choices reaches an ending (walk edges backwards from the endings). */
function nodesThatCanEnd(endings: Set<string>, edges: Map<string, Edge[]>): Set<string> {
  const incoming = new Map<string, string[]>();
  for (const list of edges.values()) for (const e of list) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  const canEnd = new Set(endings);
  const queue = [...endings];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const from of incoming.get(id) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        queue.push(from);
      }
    }
  }
  return canEnd;
}

/** Tarjan's algorithm; scenarios are small, so recursion depth is no concern. */
function stronglyConnectedComponents(nodes: string[], edges: Map<string, Edge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const { to } of edges.get(v) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}

/** A shortest loop from `start` back to itself inside one component, for the message. */
function cycleThrough(start: string, members: Set<string>, edges: Map<string, Edge[]>): { nodes: string[]; closingEdge?: Edge } {
  const previous = new Map<string, Edge>();
  const queue = [start];
  const seen = new Set<string>();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const edge of edges.get(id) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const chain: string[] = [];
        for (let at = id; at !== start; ) {
          chain.unshift(at);
          const back = previous.get(at);
          if (!back) break;
          at = back.from;
        }
        return { nodes: [start, ...chain, start], closingEdge: edge };
      }
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        previous.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return { nodes: [start, start] };
}

/** Whether some path from the start earns full marks at every choice. Only called on acyclic, fully resolved scenarios. */
function hasFullMarksPath(scenario: Scenario): boolean {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, boolean>();
  const full = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result =
      node !== undefined &&
      (node.choices.length === 0 || node.choices.some((c) => c.score === FULL_MARKS && (c.next === undefined || full(c.next))));
    memo.set(id, result);
    return result;
  };
  return full(scenario.start);
}
