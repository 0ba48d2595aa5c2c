import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { courseMachine } from '../../../src/course/machines/course-machine';
import { currentNode } from '../../../src/course/machines/scenario-machine';
import { currentQuestion } from '../../../src/course/machines/assessment-machine';
import { correctResponse } from '../../../src/course/scoring/question-scoring';
import { moduleScore } from '../../../src/course/scoring/module-score';
import type { Course } from '../../../src/course/schema/course-schema';
import type { Module } from '../../../src/course/schema/module-schema';
import type { QuestionBank } from '../../../src/course/assessment-draw';
import { allCourses, realContent } from './real-content';
import { wrongResponse } from './wrong-response';

type Learner = 'best' | 'worst';

function startCourse(course: Course) {
  const machine = courseMachine.provide({
    actors: {
      loadModule: fromPromise<Module, { moduleId: string }>(async ({ input }) => {
        const module = realContent.modules[input.moduleId];
        if (!module) throw new Error(`no module ${input.moduleId}`);
        return module;
      }),
      loadQuestionBank: fromPromise<QuestionBank, { moduleIds: string[] }>(async ({ input }) =>
        input.moduleIds.map((id) => ({ moduleId: id, questions: realContent.modules[id]?.questions ?? [] })),
      ),
    },
  });
  return createActor(machine, { input: { course, seed: 2026 } }).start();
}

type CourseActor = ReturnType<typeof startCourse>;

/** Walk one module from its menu entry to its end, as a learner who always picks the best or the worst option. */
async function walkModule(actor: CourseActor, moduleId: string, learner: Learner): Promise<void> {
  actor.send({ type: 'module.open', moduleId });
  await waitFor(actor, (s) => s.hasTag('module'));
  const module = actor.getSnapshot().children.module;
  if (!module) throw new Error('module did not start');
  for (let guard = 0; module.getSnapshot().status === 'active'; guard++) {
    if (guard > 500) throw new Error(`module ${moduleId} did not end within 500 steps`);
    const snapshot = module.getSnapshot();
    if (snapshot.hasTag('warning')) module.send({ type: 'warning.accept' });
    else if (snapshot.hasTag('scenario')) {
      const scenario = snapshot.children.scenario;
      if (!scenario) throw new Error('scenario did not start');
      const s = scenario.getSnapshot();
      if (s.hasTag('choosing')) {
        const choices = [...(currentNode(s.context)?.choices ?? [])].sort((a, b) => (learner === 'best' ? b.score - a.score : a.score - b.score));
        scenario.send({ type: 'choice.select', choiceId: choices[0]?.id ?? '' });
      } else scenario.send({ type: 'nav.next' });
    } else if (snapshot.hasTag('knowledge-check')) {
      const check = snapshot.children.check;
      if (!check) throw new Error('knowledge check did not start');
      const c = check.getSnapshot();
      const question = currentQuestion(c.context);
      if (c.hasTag('answering') && question) {
        check.send({ type: 'answer.change', response: learner === 'best' ? correctResponse(question) : wrongResponse(question) });
        check.send({ type: 'answer.submit' });
      } else check.send({ type: 'nav.next' });
    } else module.send({ type: 'nav.next' });
  }
  await waitFor(actor, (s) => s.hasTag('menu'));
}

async function takeAssessment(actor: CourseActor, learner: Learner): Promise<void> {
  actor.send({ type: 'assessment.start' });
  await waitFor(actor, (s) => s.hasTag('assessment'));
  const assessment = actor.getSnapshot().children.assessment;
  if (!assessment) throw new Error('assessment did not start');
  while (assessment.getSnapshot().hasTag('answering')) {
    const question = currentQuestion(assessment.getSnapshot().context);
    if (!question) throw new Error('no current question');
    assessment.send({ type: 'answer.change', response: learner === 'best' ? correctResponse(question) : wrongResponse(question) });
    assessment.send({ type: 'answer.submit' });
  }
  assessment.send({ type: 'nav.next' });
  await waitFor(actor, (s) => s.hasTag('menu'));
}

describe.each(allCourses.map((course) => [course.id, course] as const))('course %s over the real content', (_id, course) => {
  it('can be completed and passed by a learner who always chooses well', async () => {
    const actor = startCourse(course);
    for (const ref of course.modules) await walkModule(actor, ref.id, 'best');
    for (const ref of course.modules) {
      const module = realContent.modules[ref.id];
      expect(module && moduleScore(module, actor.getSnapshot().context.progress.modules[ref.id]).percent).toBe(100);
    }
    if (course.finalAssessment) await takeAssessment(actor, 'best');
    expect(actor.getSnapshot().hasTag('complete')).toBe(true);
    expect(actor.getSnapshot().context.progress.assessment.attempts.map((a) => a.score)).toEqual(course.finalAssessment ? [100] : []);
  });

  it('records every module as done but the course as not passed for a learner who always chooses badly', async () => {
    const actor = startCourse(course);
    for (const ref of course.modules) await walkModule(actor, ref.id, 'worst');
    const progress = actor.getSnapshot().context.progress;
    expect(course.modules.every((ref) => progress.modules[ref.id]?.completed)).toBe(true);
    for (const ref of course.modules) {
      const module = realContent.modules[ref.id];
      expect(module && moduleScore(module, progress.modules[ref.id]).percent).toBe(0);
    }
    if (!course.finalAssessment) return;
    await takeAssessment(actor, 'worst');
    expect(actor.getSnapshot().hasTag('complete')).toBe(false);
    expect(actor.getSnapshot().context.progress.assessment.attempts.map((a) => a.score)).toEqual([0]);
  });
});
