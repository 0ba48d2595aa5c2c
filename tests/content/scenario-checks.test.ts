import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromData } from '../../src/course/content/parsed-document';
import { scenarioProblems } from '../../src/course/content/scenario-checks';
import type { Scenario } from '../../src/course/schema/module-schema';
import { maxScenarioScore } from '../../src/course/scoring/scenario-scoring';

type Choices = [id: string, next: string | undefined, score: number][];

/** A scenario from `node: [[choice, next, score], …]`, in declaration order, starting at the first node. */
function scenario(nodes: Record<string, Choices>): Scenario {
  const entries = Object.entries(nodes);
  return {
    id: 'chat',
    perspective: 'adult',
    start: entries[0]?.[0] ?? '',
    contentWarning: false,
    nodes: entries.map(([id, choices]) => ({ id, choices: choices.map(([cid, next, score]) => ({ id: cid, next, score })) })),
  };
}

const check = (s: Scenario) => scenarioProblems(s, ['scenarios', 0], documentFromData('m.yaml', { scenarios: [s] }));
const codes = (s: Scenario) => check(s).map((p) => p.code);

describe('scenario graph checks', () => {
  it('accepts a forward-only scenario with a full-marks path', () => {
    expect(check(scenario({ a: [['x', 'b', 2], ['y', 'c', 0]], b: [['end', undefined, 2]], c: [] }))).toEqual([]);
  });

  it('reports a trap (a loop with no way out) once, as a dead end at its first node', () => {
    const problems = check(scenario({ a: [['ok', 'b', 2], ['bad', 'c', 0]], b: [], c: [['x', 'd', 2]], d: [['y', 'c', 2]] }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([['DeadEndNode', 'scenarios[0].nodes[2].id']]);
    expect(problems[0]?.message).toContain('c → d → c');
  });

  it('reports a loop that can be left as a cycle, at the choice that closes it', () => {
    const problems = check(scenario({ a: [['go', 'b', 2]], b: [['back', 'a', 0], ['end', undefined, 2]] }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([['ScenarioCycle', 'scenarios[0].nodes[1].choices[0].next']]);
    expect(problems[0]?.message).toContain('a → b → a');
  });

  it('reports each separate loop', () => {
    const s = scenario({ a: [['l', 'a', 0], ['go', 'b', 2]], b: [['l2', 'b', 0], ['end', undefined, 2]] });
    expect(codes(s)).toEqual(['ScenarioCycle', 'ScenarioCycle']);
  });

  it('reports an unknown next node without also calling the node a dead end', () => {
    expect(codes(scenario({ a: [['go', 'nowhere', 2]], b: [] }))).toEqual(['UnknownNode', 'UnreachableNode']);
  });

  it('reports nodes that only reach each other, away from the start, as unreachable only', () => {
    expect(codes(scenario({ a: [['end', undefined, 2]], b: [['x', 'c', 2]], c: [['y', 'b', 2]] }))).toEqual(['UnreachableNode', 'UnreachableNode']);
  });

  it('reports an unknown start node', () => {
    const s = { ...scenario({ a: [['end', undefined, 2]], b: [] }), start: 'begin' };
    expect(check(s).map((p) => [p.code, p.path])).toEqual([['UnknownNode', 'scenarios[0].start']]);
  });

  it('requires a path on which every choice scores 2', () => {
    expect(codes(scenario({ a: [['x', 'b', 2], ['y', undefined, 1]], b: [['z', undefined, 1]] }))).toEqual(['NoFullMarksPath']);
  });

  /** Random scenarios whose choices only point to later nodes: acyclic by construction. */
  const forwardScenario = fc
    .integer({ min: 2, max: 8 })
    .chain((size) =>
      fc.tuple(
        ...Array.from({ length: size }, (_, i) =>
          fc.array(fc.tuple(fc.option(fc.integer({ min: i + 1, max: Math.max(i + 1, size - 1) }), { nil: undefined }), fc.integer({ min: 0, max: 2 })), {
            maxLength: i === size - 1 ? 0 : 3,
          }),
        ),
      ),
    )
    .map((nodes) =>
      scenario(
        Object.fromEntries(
          nodes.map((choices, i) => [`n${i}`, choices.map(([next, score], c): Choices[number] => [`c${c}`, next === undefined ? undefined : `n${next}`, score])]),
        ),
      ),
    );

  it('never reports a loop or dead end in a forward-only scenario, and its best score is computable', () => {
    fc.assert(
      fc.property(forwardScenario, (s) => {
        const found = codes(s);
        expect(found).not.toContain('ScenarioCycle');
        expect(found).not.toContain('DeadEndNode');
        expect(maxScenarioScore(s)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  /** Node ids from the start to `target` (inclusive), or [] when `target` cannot be reached. */
  function pathTo(s: Scenario, target: string): string[] {
    const previous = new Map<string, string>();
    const queue = [s.start];
    const seen = new Set(queue);
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (id === target) {
        const path = [id];
        for (let at = previous.get(id); at !== undefined; at = previous.get(at)) path.unshift(at);
        return path;
      }
      for (const choice of s.nodes.find((n) => n.id === id)?.choices ?? []) {
        if (choice.next !== undefined && !seen.has(choice.next)) {
          seen.add(choice.next);
          previous.set(choice.next, id);
          queue.push(choice.next);
        }
      }
    }
    return [];
  }

  it('always reports a choice that leads back to a node already on the path', () => {
    fc.assert(
      fc.property(forwardScenario, fc.nat(), fc.nat(), (s, pickFrom, pickTo) => {
        const from = s.nodes[pickFrom % s.nodes.length]?.id ?? '';
        const path = pathTo(s, from);
        fc.pre(path.length > 0);
        const to = path[pickTo % path.length] ?? '';
        const looped: Scenario = {
          ...s,
          nodes: s.nodes.map((n) => (n.id === from ? { ...n, choices: [...n.choices, { id: 'back', next: to, score: 0 }] } : n)),
        };
        const found = codes(looped);
        expect(found.includes('ScenarioCycle') || found.includes('DeadEndNode')).toBe(true);
      }),
    );
  });
});
