import type { ActorRefFrom } from 'xstate';
import type { scenarioMachine } from '../../course/machines/scenario-machine';

/** A running branching scenario. */
export type ScenarioActorRef = ActorRefFrom<typeof scenarioMachine>;
