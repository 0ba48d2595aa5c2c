import { assertEvent, assign, sendParent, setup } from 'xstate';
import type { Scenario, ScenarioNode } from '../schema/module-schema';
import { maxScenarioScore, pathScore, replayChoices, type TakenChoice } from '../scoring/scenario-scoring';
import type { ScenarioReport } from './events';

export interface ScenarioInput {
  scenario: Scenario;
  /** Choice ids already taken (resume); an invalid tail is ignored. */
  choices?: readonly string[];
  /** Paths finished before this one ("Try another path"), if any. */
  attempts?: { earlier: number; bestScore: number };
}

export interface ScenarioContext {
  scenario: Scenario;
  /** Current node, or the last node answered while its feedback shows. */
  nodeId: string;
  taken: TakenChoice[];
  /** Node the last choice leads to (null: the choice ended the scenario). */
  nextNodeId: string | null;
  score: number;
  maxScore: number;
  /** Paths finished before this one. */
  earlierAttempts: number;
  /** Best score of those paths (0 when there are none). */
  bestEarlierScore: number;
}

export interface ScenarioOutput {
  scenarioId: string;
  choices: string[];
  score: number;
  maxScore: number;
}

export type ScenarioEvent = { type: 'nav.next' } | { type: 'choice.select'; choiceId: string } | { type: 'scenario.restart' };

const nodeOf = (context: ScenarioContext, nodeId: string | null): ScenarioNode | undefined =>
  nodeId === null ? undefined : context.scenario.nodes.find((n) => n.id === nodeId);

/** The node the learner is looking at. */
export const currentNode = (context: ScenarioContext): ScenarioNode | undefined => nodeOf(context, context.nodeId);

/** The choice whose feedback is showing (the last one taken). */
export const lastTaken = (context: ScenarioContext): TakenChoice | undefined => context.taken.at(-1);

const isEnding = (node: ScenarioNode | undefined): boolean => !node || node.choices.length === 0;

function initialContext({ scenario, choices = [], attempts }: ScenarioInput): ScenarioContext {
  const { taken, nodeId } = replayChoices(scenario, choices);
  const last = taken.at(-1);
  return {
    scenario,
    // A resumed scenario returns to the node after the last choice, or to the last
    // answered node if that choice ended the scenario (so the ending can show).
    nodeId: nodeId ?? last?.nodeId ?? scenario.start,
    taken,
    nextNodeId: nodeId,
    score: pathScore(taken),
    maxScore: maxScenarioScore(scenario),
    earlierAttempts: attempts?.earlier ?? 0,
    bestEarlierScore: attempts?.bestScore ?? 0,
  };
}

/**
 * A branching scenario: narrative nodes, choices with feedback and consequences,
 * scored along the path taken. Every choice is reported to the parent as it is made.
 */
export const scenarioMachine = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    input: {} as ScenarioInput,
    output: {} as ScenarioOutput,
    tags: {} as 'intro' | 'choosing' | 'feedback' | 'ending',
  },
  guards: {
    isChoiceAtNode: ({ context, event }) => {
      assertEvent(event, 'choice.select');
      return Boolean(currentNode(context)?.choices.some((c) => c.id === event.choiceId));
    },
    hasStarted: ({ context }) => context.taken.length > 0,
    hasEnded: ({ context }) => context.taken.length > 0 && isEnding(nodeOf(context, context.nextNodeId)),
    nextIsEnding: ({ context }) => isEnding(nodeOf(context, context.nextNodeId)),
  },
  actions: {
    recordChoice: assign(({ context, event }) => {
      assertEvent(event, 'choice.select');
      const node = currentNode(context);
      const choice = node?.choices.find((c) => c.id === event.choiceId);
      // The guard has checked the choice belongs to this node.
      if (!node || !choice) return {};
      const taken = [...context.taken, { nodeId: node.id, choice }];
      return { taken, nextNodeId: choice.next ?? null, score: pathScore(taken) };
    }),
    reportChoice: sendParent(({ context }): ScenarioReport => {
      const last = lastTaken(context);
      const node = last ? nodeOf(context, last.nodeId) : undefined;
      return {
        type: 'interaction.choice',
        scenarioId: context.scenario.id,
        nodeId: last?.nodeId ?? '',
        choiceId: last?.choice.id ?? '',
        score: last?.choice.score ?? 0,
        maxChoiceScore: Math.max(0, ...(node?.choices.map((c) => c.score) ?? [])),
      };
    }),
    reportProgress: sendParent(({ context }): ScenarioReport => ({
      type: 'scenario.progress',
      scenarioId: context.scenario.id,
      choices: context.taken.map((t) => t.choice.id),
    })),
    moveToNextNode: assign(({ context }) => ({ nodeId: context.nextNodeId ?? context.nodeId })),
    reportRestart: sendParent(({ context }): ScenarioReport => ({
      type: 'scenario.restarted',
      scenarioId: context.scenario.id,
      score: context.score,
    })),
    startAnotherPath: assign(({ context }) => ({
      nodeId: context.scenario.start,
      taken: [],
      nextNodeId: context.scenario.start,
      score: 0,
      earlierAttempts: context.earlierAttempts + 1,
      bestEarlierScore: context.earlierAttempts === 0 ? context.score : Math.max(context.bestEarlierScore, context.score),
    })),
  },
}).createMachine({
  id: 'scenario',
  context: ({ input }) => initialContext(input),
  initial: 'resuming',
  states: {
    resuming: {
      always: [
        { guard: 'hasEnded', target: 'ending' },
        { guard: 'hasStarted', target: 'choosing' },
        { target: 'intro' },
      ],
    },
    intro: {
      tags: 'intro',
      on: { 'nav.next': 'choosing' },
    },
    choosing: {
      tags: 'choosing',
      on: {
        'choice.select': {
          guard: 'isChoiceAtNode',
          target: 'feedback',
          actions: ['recordChoice', 'reportChoice', 'reportProgress'],
        },
      },
    },
    feedback: {
      tags: 'feedback',
      on: {
        'nav.next': [
          { guard: 'nextIsEnding', target: 'ending', actions: 'moveToNextNode' },
          { target: 'choosing', actions: 'moveToNextNode' },
        ],
      },
    },
    ending: {
      tags: 'ending',
      on: {
        'nav.next': 'done',
        // "Try another path": a new attempt from the start; the parent keeps the best score.
        'scenario.restart': { target: 'choosing', actions: ['reportRestart', 'startAnotherPath', 'reportProgress'] },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({
    scenarioId: context.scenario.id,
    choices: context.taken.map((t) => t.choice.id),
    score: context.score,
    maxScore: context.maxScore,
  }),
});
