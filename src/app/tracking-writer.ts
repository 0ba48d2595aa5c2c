import { encodeProgress } from '../course/progress/progress-encoder';
import { moduleScores } from '../course/scoring/module-score';
import { createAnswerLog } from './answer-log';

/**
 * The writing side of tracking: any progress record as saved text, the modules' scores in the
 * course's status, and the LMS's record of each answer (answer-log.ts). A chunk of its own, downloaded with
 * saved progress to read or with the course machine when the learner first acts (see
 * tracking-session.ts): until then there is nothing to write but a learner who has done nothing
 * yet, which the first screen writes itself (progress-writer-opening.ts).
 */
export const trackingWriter = { encodeProgress, moduleScores, createAnswerLog };

export type TrackingWriter = typeof trackingWriter;
