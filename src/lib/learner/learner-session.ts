import { createContext, use } from 'react';

/**
 * What the LMS session knows about the learner that screens show: their name as the LMS
 * gives it (cmi.core.student_name / cmi.learner_name; null in the standalone build) and the
 * time they have spent in the course so far. Provided by src/app/main.tsx from the tracking
 * session; without a provider (tests of other screens) there is no name and no time.
 */
export interface LearnerSession {
  lmsLearnerName: string | null;
  /** Whole seconds over every session, read when a screen renders (src/app/time-spent.ts). */
  timeSpentSeconds(): number;
}

const NO_SESSION: LearnerSession = { lmsLearnerName: null, timeSpentSeconds: () => 0 };

export const LearnerSessionContext = createContext<LearnerSession>(NO_SESSION);

export const useLearnerSession = (): LearnerSession => use(LearnerSessionContext);
