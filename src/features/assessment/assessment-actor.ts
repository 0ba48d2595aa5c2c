import type { ActorRefFrom } from 'xstate';
import type { assessmentMachine } from '../../course/machines/assessment-machine';

/** A running knowledge check or final-assessment attempt. */
export type AssessmentActorRef = ActorRefFrom<typeof assessmentMachine>;
