import { scenarioMachine } from '../course/machines/scenario-machine';
import { assessmentMachine } from '../course/machines/assessment-machine';

/**
 * Child machines report to their parent with sendParent, which XState refuses when
 * there is no parent. Tests and graph traversals that run a child on its own use
 * these copies, whose report actions do nothing.
 */
export const detachedScenarioMachine = scenarioMachine.provide({
  actions: { reportChoice: () => undefined, reportProgress: () => undefined, reportRestart: () => undefined },
});

export const detachedAssessmentMachine = assessmentMachine.provide({
  actions: {
    reportShown: () => undefined,
    reportAnswer: () => undefined,
    reportProgress: () => undefined,
    reportSubmitted: () => undefined,
  },
});
