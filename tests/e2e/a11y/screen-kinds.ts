import { assessmentModuleIds } from '../../../src/course/machines/course-rules';
import type { Module } from '../../../src/course/schema/module-schema';
import type { Question } from '../../../src/course/schema/module-schema';
import { choiceScreenKind, feedbackKind, lessonKinds, pathOf, usedBlockKind, type CourseMaterial } from './course-tour';
import { shellPanelKinds } from './shell-panels';

/**
 * The kinds of screen a course shows, worked out from its content: what the accessibility
 * gate's walk must reach, and what the small tour courses it walks (tests/e2e/fixtures/tour/)
 * must hold for every real course (tests/content/tour-coverage.test.ts).
 */

/** The kinds one module shows; `retried` when the walk takes "Try another path" in its first scenario. */
export function moduleKinds(module: Module, retried: boolean): string[] {
  const kinds: string[] = [];
  if (module.contentWarning) kinds.push('content warning', 'course menu after a break');
  kinds.push('module intro', 'key points card');
  for (const step of module.steps) {
    if (step.type === 'lesson') {
      kinds.push(...lessonKinds(step));
      for (const block of step.blocks ?? []) {
        const used = usedBlockKind(block);
        if (used) kinds.push(used);
      }
    }
    if (step.type === 'scenario') {
      const scenario = module.scenarios.find((s) => s.id === step.scenario);
      if (!scenario) continue;
      const best = pathOf(scenario, 'best');
      kinds.push('scenario intro', ...best.map(({ node }) => choiceScreenKind(node)), ...best.map(({ node, choice }) => feedbackKind(node, choice)));
      kinds.push('scenario ending with its recap');
      if (retried && step === module.steps.find((s) => s.type === 'scenario')) {
        const worst = pathOf(scenario, 'worst');
        kinds.push('scenario start after "Try another path"', ...worst.slice(1).map(({ node }) => choiceScreenKind(node)));
        kinds.push(...worst.map(({ node, choice }) => feedbackKind(node, choice)), 'scenario ending of a second path');
      }
    }
    if (step.type === 'knowledge-check') {
      kinds.push('knowledge check results');
      for (const questionId of step.questions) {
        const type = module.questions.find((q) => q.id === questionId)?.type;
        if (type) kinds.push(`knowledge check: ${type}`, `knowledge check: ${type}, feedback`);
      }
    }
  }
  return kinds;
}

/** The kinds the final assessment shows, from the question types in its bank. */
export function assessmentKinds(bank: readonly Question[]): string[] {
  const kinds = [...new Set(bank.map((question) => question.type))].flatMap((type) => [`final assessment: ${type}`, `final assessment: ${type}, answered`]);
  return [...kinds, 'final assessment results: not passed', 'answer review', 'final assessment results: passed', 'course complete'];
}

/** Every kind of screen the course shows, sorted; the walk retries the course's first scenario. */
export function courseKinds(material: CourseMaterial, retried: string | undefined): string[] {
  const { course, modules } = material;
  const kinds = ['course menu', ...shellPanelKinds(course.course.locales.length > 1), 'references'];
  for (const { id } of course.course.modules) {
    const { module } = modules.get(id)!;
    kinds.push(...moduleKinds(module, module.scenarios.some((s) => s.id === retried)));
  }
  if (course.course.finalAssessment) {
    const bank = assessmentModuleIds(course.course).flatMap((id) => modules.get(id)!.module.questions);
    kinds.push(...assessmentKinds(bank));
  }
  return [...new Set(kinds)].sort();
}
