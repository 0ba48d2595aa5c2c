/**
 * The sender id that stands for the learner in a message thread: the person whose perspective
 * the scenario takes. Kept apart from the zod schemas so the player can use it without
 * bundling zod (whose start-up check for eval breaks the strict CSP).
 */
export const LEARNER_SENDER = 'you';
