import type { Module } from '../../src/course/schema/module-schema';
import type { CourseContent } from '../lib/course-content';

/**
 * How many steps (clicks, choices, answers: one `advanceUntil` step each) a diligent learner
 * may need to take the whole course, worked out from the content, so the limit grows with the
 * course instead of being a number that a longer course outgrows. It counts generously: every
 * node of every scenario as if the path visited it, each with its choice and its feedback.
 */
export function stepsToComplete(content: CourseContent): number {
  const modules = content.modules.reduce((sum, { module }) => sum + moduleSteps(module), 0);
  const assessment = content.course.finalAssessment;
  // Start (or resume), each question's answer and next, submit, the results and the way on.
  const assessmentSteps = assessment ? 4 + 2 * assessment.questionCount : 0;
  // A quarter more and a few steps besides, for anything the count above does not foresee
  // (a screen that takes two looks to settle, the way back to the menu).
  return Math.ceil((modules + assessmentSteps) * 1.25) + 20;
}

function moduleSteps(module: Module): number {
  // From the menu: open it, its content warning, its intro; at the end its summary and the way back.
  let steps = 4 + (module.contentWarning ? 1 : 0);
  for (const step of module.steps) {
    switch (step.type) {
      case 'lesson':
        steps += 1;
        break;
      case 'scenario': {
        const scenario = module.scenarios.find((s) => s.id === step.scenario);
        // Its warning, its intro, a choice and its feedback at each node, and its ending.
        steps += (scenario?.contentWarning ? 1 : 0) + 2 + 2 * (scenario?.nodes.length ?? 0);
        break;
      }
      case 'knowledge-check':
        // Each question's answer and next, then finishing the check.
        steps += 1 + 2 * step.questions.length;
        break;
    }
  }
  return steps;
}
