import type { Interaction } from '../course/machines/events';
import { interactionRecord, type InteractionRecord } from '../lib/lms/interaction-record';

/**
 * Turns the course's answers into the LMS's records, with the time each took: from when its
 * question was shown (question.shown) to when it was answered. Part of the writing side
 * (tracking-writer.ts): no answer comes before it has downloaded.
 */
export interface AnswerLog {
  shown(key: string): void;
  record(interaction: Interaction): InteractionRecord;
}

/** Matches a question.shown key (`<assessment id>.<question id>`) to the question answered. */
const shownKeyFor = (interaction: Extract<Interaction, { kind: 'question' }>) => `.${interaction.question.id}`;

export function createAnswerLog(now: () => number): AnswerLog {
  const shownAt = new Map<string, number>();

  function latencyOf(interaction: Interaction): number | null {
    if (interaction.kind !== 'question') return null;
    const suffix = shownKeyFor(interaction);
    const key = [...shownAt.keys()].reverse().find((k) => k.endsWith(suffix));
    const shown = key === undefined ? undefined : shownAt.get(key);
    if (key !== undefined) shownAt.delete(key);
    return shown === undefined ? null : Math.max(0, now() - shown);
  }

  return {
    shown(key) {
      // Shown again (the learner came back to it): timed from now.
      shownAt.delete(key);
      shownAt.set(key, now());
    },
    record: (interaction) => interactionRecord(interaction, { at: new Date(now()), latencyMs: latencyOf(interaction) }),
  };
}
