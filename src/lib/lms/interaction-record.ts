import type { Interaction } from '../../course/machines/events';
import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import { correctResponse } from '../../course/scoring/question-scoring';
import { correctBlockAnswer } from '../../course/scoring/block-scoring';
import type { InteractiveBlock } from '../../course/schema/interactive-block';
import type { BlockAnswer } from '../../course/progress/progress-record';
import { scormId, scormIdPath } from './scorm-ids';

/**
 * An interaction in version-neutral terms, with SCORM-safe identifiers; each adapter
 * writes it in its own version's formats.
 */

export type ScormResponse =
  | { type: 'choice'; ids: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'sequencing'; ids: string[] }
  /** [source, target] pairs. */
  | { type: 'matching'; pairs: [string, string][] };

export interface InteractionRecord {
  id: string;
  response: ScormResponse;
  /** What would have been correct; null for scenario choices, which have no single right answer. */
  correctResponse: ScormResponse | null;
  result: 'correct' | 'incorrect' | 'neutral';
  /** A scenario choice's points (0..2), so the LMS report shows how good it was. */
  weighting: number | null;
  /** From when the question was shown to when it was answered; null if unknown. */
  latencyMs: number | null;
  at: Date;
  /** Short English text for the LMS's report (SCORM 2004 only). */
  description: string;
}

function scormResponse(question: Question, response: Response): ScormResponse {
  switch (response.type) {
    case 'single-choice':
      return { type: 'choice', ids: [scormId(response.option)] };
    case 'multiple-choice':
      return { type: 'choice', ids: response.options.map(scormId) };
    case 'true-false':
      return { type: 'true-false', value: response.value };
    case 'ordering':
      return { type: 'sequencing', ids: response.order.map(scormId) };
    case 'matching': {
      // In the question's prompt order, so the report reads the same way for every learner.
      const order = question.type === 'matching' ? question.prompts.map((p) => p.id) : [];
      const prompts = Object.keys(response.pairs).sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { type: 'matching', pairs: prompts.map((p) => [scormId(p), scormId(response.pairs[p] ?? '')]) };
    }
  }
}

/** Spot the signs as a choice (the items selected); sort into groups as matching (item to group), in the block's order. */
function blockResponse(block: InteractiveBlock, answer: BlockAnswer): ScormResponse {
  if (answer.type === 'spot-the-signs') {
    const selected = new Set(answer.selected);
    return { type: 'choice', ids: block.items.filter((i) => selected.has(i.id)).map((i) => scormId(i.id)) };
  }
  return { type: 'matching', pairs: block.items.flatMap((i) => (answer.placed[i.id] ? [[scormId(i.id), scormId(answer.placed[i.id] ?? '')] as [string, string]] : [])) };
}

export interface InteractionTiming {
  at: Date;
  latencyMs: number | null;
}

/** The record of something the learner did, ready for any adapter. */
export function interactionRecord(interaction: Interaction, timing: InteractionTiming): InteractionRecord {
  if (interaction.kind === 'choice') {
    const { moduleId, scenarioId, nodeId, choiceId, score, maxChoiceScore } = interaction;
    return {
      id: scormIdPath('sc', moduleId, scenarioId, nodeId),
      response: { type: 'choice', ids: [scormId(choiceId)] },
      correctResponse: null,
      result: 'neutral',
      weighting: score,
      latencyMs: null,
      at: timing.at,
      description: `Scenario ${scenarioId}, ${nodeId}: chose ${choiceId}, ${score} of ${maxChoiceScore} points`,
    };
  }
  if (interaction.kind === 'block') {
    const { moduleId, stepId, block, answer, correct } = interaction;
    return {
      id: scormIdPath('lb', moduleId, stepId, block.id),
      response: blockResponse(block, answer),
      correctResponse: blockResponse(block, correctBlockAnswer(block)),
      result: correct ? 'correct' : 'incorrect',
      weighting: null,
      latencyMs: null,
      at: timing.at,
      description: `Lesson ${stepId} in ${moduleId}: ${block.type} ${block.id}`,
    };
  }
  const { moduleId, attempt, question, response, correct } = interaction;
  const inCheck = moduleId !== null;
  return {
    id: inCheck ? scormIdPath('kc', moduleId, question.id) : scormIdPath(`final_${attempt ?? 0}`, question.id),
    response: scormResponse(question, response),
    correctResponse: scormResponse(question, correctResponse(question)),
    result: correct ? 'correct' : 'incorrect',
    weighting: null,
    latencyMs: timing.latencyMs,
    at: timing.at,
    description: inCheck ? `Knowledge check in ${moduleId}: question ${question.id}` : `Final assessment attempt ${attempt ?? 0}: question ${question.id}`,
  };
}
