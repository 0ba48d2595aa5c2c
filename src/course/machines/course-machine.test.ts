import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { buildCourse, buildModule } from '../../testing/builders';
import type { Module } from '../schema/module-schema';
import type { QuestionBank } from '../assessment-draw';
import { courseMachine } from './course-machine';
import type { CourseEmitted } from './events';
import type { ProgressRecord } from '../progress/progress-record';
import { correctResponse } from '../scoring/question-scoring';

const modules: Record<string, Module> = {
  sample: buildModule(),
  second: buildModule({
    id: 'second',
    steps: [{ id: 'only', type: 'lesson' }],
    scenarios: [],
    questions: [{ id: 'q-second', type: 'true-false', answer: true }],
  }),
};

function startCourse(options: { progress?: ProgressRecord; failLoad?: boolean; course?: ReturnType<typeof buildCourse> } = {}) {
  const emitted: CourseEmitted[] = [];
  const machine = courseMachine.provide({
    actors: {
      loadModule: fromPromise<Module, { moduleId: string }>(async ({ input }) => {
        const module = modules[input.moduleId];
        if (options.failLoad || !module) throw new Error(`cannot load ${input.moduleId}`);
        return module;
      }),
      loadQuestionBank: fromPromise<QuestionBank, { moduleIds: string[] }>(async ({ input }) =>
        input.moduleIds.map((id) => ({ moduleId: id, questions: modules[id]?.questions ?? [] })),
      ),
    },
  });
  const actor = createActor(machine, { input: { course: options.course ?? buildCourse(), progress: options.progress, seed: 42 } });
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  return { actor, emitted };
}

type CourseActor = ReturnType<typeof startCourse>['actor'];

async function completeSecondModule(actor: CourseActor) {
  actor.send({ type: 'module.open', moduleId: 'second' });
  await waitFor(actor, (s) => s.hasTag('module'));
  const module = actor.getSnapshot().children.module!;
  module.send({ type: 'nav.next' });
  module.send({ type: 'nav.next' });
  module.send({ type: 'nav.next' });
  await waitFor(actor, (s) => s.hasTag('menu'));
}

const completed = (): ProgressRecord['modules'][string] => ({ completed: true, position: { at: 'intro' }, scenarios: {}, answers: {} });

describe('courseMachine', () => {
  it('opens the first module but keeps later ones locked under the sequential rule', async () => {
    const { actor } = startCourse();
    expect(actor.getSnapshot().hasTag('menu')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'module.open', moduleId: 'second' })).toBe(false);
    actor.send({ type: 'module.open', moduleId: 'sample' });
    await waitFor(actor, (s) => s.hasTag('module'));
    expect(actor.getSnapshot().context.progress.openModuleId).toBe('sample');
  });

  it('returns to the menu with a message when a module cannot be loaded', async () => {
    const { actor } = startCourse({ failLoad: true });
    actor.send({ type: 'module.open', moduleId: 'sample' });
    await waitFor(actor, (s) => s.hasTag('menu'));
    expect(actor.getSnapshot().context.loadError).toContain('cannot load sample');
    expect(actor.getSnapshot().context.progress.openModuleId).toBeNull();
  });

  it('reopens the module that was open when the learner left', async () => {
    const { actor } = startCourse({
      progress: { modules: { sample: { completed: false, position: { at: 'step', stepId: 'welcome' }, scenarios: {}, answers: {} } }, assessment: { attempts: [] }, openModuleId: 'sample' },
    });
    await waitFor(actor, (s) => s.hasTag('module'));
    expect(actor.getSnapshot().children.module!.getSnapshot().hasTag('lesson')).toBe(true);
  });

  it('records a completed module, emits a milestone, and unlocks the next', async () => {
    const { actor, emitted } = startCourse({ course: buildCourse({ modules: [{ id: 'second' }, { id: 'sample' }] }) });
    await completeSecondModule(actor);
    expect(actor.getSnapshot().context.progress.modules['second']?.completed).toBe(true);
    expect(emitted.filter((e) => e.type === 'progress.changed' && e.milestone).length).toBeGreaterThan(0);
    expect(actor.getSnapshot().can({ type: 'module.open', moduleId: 'sample' })).toBe(true);
  });

  it('saves progress and closes the module when the learner goes to the menu', async () => {
    const { actor, emitted } = startCourse();
    actor.send({ type: 'module.open', moduleId: 'sample' });
    await waitFor(actor, (s) => s.hasTag('module'));
    actor.getSnapshot().children.module!.send({ type: 'nav.next' });
    actor.send({ type: 'nav.menu' });
    expect(actor.getSnapshot().hasTag('menu')).toBe(true);
    expect(actor.getSnapshot().context.progress.openModuleId).toBeNull();
    expect(actor.getSnapshot().context.progress.modules['sample']?.position).toEqual({ at: 'step', stepId: 'welcome' });
    expect(emitted.at(-1)).toMatchObject({ type: 'progress.changed', milestone: true });
  });

  it('opens the final assessment only when every required module is complete', async () => {
    const { actor } = startCourse({ progress: { modules: { sample: completed() }, assessment: { attempts: [] }, openModuleId: null } });
    expect(actor.getSnapshot().can({ type: 'assessment.start' })).toBe(false);
    await completeSecondModule(actor);
    expect(actor.getSnapshot().can({ type: 'assessment.start' })).toBe(true);
  });

  async function takeAttempt(actor: CourseActor, answerCorrectly: boolean) {
    actor.send({ type: 'assessment.start' });
    await waitFor(actor, (s) => s.hasTag('assessment'));
    const assessment = actor.getSnapshot().children.assessment!;
    while (assessment.getSnapshot().hasTag('answering')) {
      const { questions, index } = assessment.getSnapshot().context;
      const question = questions[index]!;
      // The bank of module "second" holds one true/false question, so "wrong" is its opposite.
      if (question.type !== 'true-false') throw new Error('takeAttempt expects the true/false bank of module "second"');
      const response = answerCorrectly ? correctResponse(question) : { type: 'true-false' as const, value: !question.answer };
      assessment.send({ type: 'answer.change', response });
      assessment.send({ type: 'answer.submit' });
    }
    return assessment;
  }

  it('draws the configured number of questions and records a failed then a passed attempt', async () => {
    const course = buildCourse({ finalAssessment: { questionCount: 3, passMark: 100, maxAttempts: 2, fromModules: ['second'] } });
    const { actor, emitted } = startCourse({ course, progress: { modules: { sample: completed(), second: completed() }, assessment: { attempts: [] }, openModuleId: null } });

    const first = await takeAttempt(actor, false);
    expect(first.getSnapshot().context.questions).toHaveLength(1);
    expect(actor.getSnapshot().context.progress.assessment.attempts).toEqual([expect.objectContaining({ score: 0 })]);
    expect(emitted.some((e) => e.type === 'interaction.recorded' && e.interaction.kind === 'question' && e.interaction.attempt === 1)).toBe(true);
    first.send({ type: 'nav.next' });
    await waitFor(actor, (s) => s.hasTag('menu'));
    expect(actor.getSnapshot().hasTag('complete')).toBe(false);

    const second = await takeAttempt(actor, true);
    second.send({ type: 'nav.next' });
    await waitFor(actor, (s) => s.hasTag('complete'));
    expect(actor.getSnapshot().context.progress.assessment.attempts.map((a) => a.score)).toEqual([0, 100]);
  });

  it('refuses a new attempt once the attempts are used up', async () => {
    const course = buildCourse({ finalAssessment: { questionCount: 1, passMark: 100, maxAttempts: 1, fromModules: ['second'] } });
    const { actor } = startCourse({ course, progress: { modules: { sample: completed(), second: completed() }, assessment: { attempts: [{ seed: 1, answers: {}, score: 0 }] }, openModuleId: null } });
    expect(actor.getSnapshot().can({ type: 'assessment.start' })).toBe(false);
  });

  it('resumes an unfinished attempt with the same questions and answers', async () => {
    const course = buildCourse({ finalAssessment: { questionCount: 3, passMark: 80, maxAttempts: 2 } });
    const attempt = { seed: 7, answers: {}, score: null };
    const progress = { modules: { sample: completed(), second: completed() }, assessment: { attempts: [attempt] }, openModuleId: null };
    const first = startCourse({ course, progress });
    first.actor.send({ type: 'assessment.start' });
    await waitFor(first.actor, (s) => s.hasTag('assessment'));
    const questions = first.actor.getSnapshot().children.assessment!.getSnapshot().context.questions.map((q) => q.id);

    const again = startCourse({ course, progress });
    again.actor.send({ type: 'assessment.start' });
    await waitFor(again.actor, (s) => s.hasTag('assessment'));
    expect(again.actor.getSnapshot().children.assessment!.getSnapshot().context.questions.map((q) => q.id)).toEqual(questions);
    expect(again.actor.getSnapshot().context.progress.assessment.attempts).toHaveLength(1);
  });

  it('reopens the final assessment at the current question, earlier answers kept, when relaunched during it', async () => {
    const course = buildCourse({ finalAssessment: { questionCount: 3, passMark: 80, maxAttempts: 2 } });
    const progress: ProgressRecord = { modules: { sample: completed(), second: completed() }, assessment: { attempts: [{ seed: 7, answers: {}, score: null }] }, openModuleId: null };
    const first = startCourse({ course, progress });
    first.actor.send({ type: 'assessment.start' });
    await waitFor(first.actor, (s) => s.hasTag('assessment'));
    const assessment = first.actor.getSnapshot().children.assessment!;
    const [firstQuestion] = assessment.getSnapshot().context.questions;
    assessment.send({ type: 'answer.change', response: correctResponse(firstQuestion!) });
    assessment.send({ type: 'answer.submit' });
    // What tracking saved last: the learner is in the attempt, one answer given.
    const saved = first.emitted.filter((e) => e.type === 'progress.changed').at(-1);
    if (saved?.type !== 'progress.changed') throw new Error('no progress was saved');
    expect(saved.progress.assessment.open).toBe(true);

    const relaunched = startCourse({ course, progress: saved.progress });
    await waitFor(relaunched.actor, (s) => s.hasTag('assessment'));
    const reopened = relaunched.actor.getSnapshot().children.assessment!.getSnapshot().context;
    expect(reopened.index).toBe(1);
    expect(reopened.answers).toEqual({ [firstQuestion!.id]: correctResponse(firstQuestion!) });
  });

  it('opens the menu on relaunch after the learner left the assessment for the menu', async () => {
    const course = buildCourse({ finalAssessment: { questionCount: 3, passMark: 80, maxAttempts: 2 } });
    const progress: ProgressRecord = { modules: { sample: completed(), second: completed() }, assessment: { attempts: [{ seed: 7, answers: {}, score: null }] }, openModuleId: null };
    const first = startCourse({ course, progress });
    first.actor.send({ type: 'assessment.start' });
    await waitFor(first.actor, (s) => s.hasTag('assessment'));
    first.actor.send({ type: 'nav.menu' });
    const saved = first.actor.getSnapshot().context.progress;
    expect(saved.assessment.open).toBeUndefined();
    expect(startCourse({ course, progress: saved }).actor.getSnapshot().hasTag('menu')).toBe(true);
  });
});

describe('courseMachine retry', () => {
  it('starts the next attempt straight from the results of a failed one, and not after a pass', async () => {
    const course = buildCourse({ finalAssessment: { questionCount: 1, passMark: 100, maxAttempts: 3, fromModules: ['second'] } });
    const machine = courseMachine.provide({
      actors: {
        loadModule: fromPromise<Module, { moduleId: string }>(async () => modules['second']!),
        loadQuestionBank: fromPromise<QuestionBank, { moduleIds: string[] }>(async () => [{ moduleId: 'second', questions: modules['second']!.questions }]),
      },
    });
    const done = { completed: true, position: { at: 'intro' as const }, scenarios: {}, answers: {} };
    const actor = createActor(machine, { input: { course, seed: 1, progress: { modules: { sample: done, second: done }, assessment: { attempts: [] }, openModuleId: null } } });
    actor.start();
    const answer = async (value: boolean) => {
      await waitFor(actor, (s) => s.hasTag('assessment'));
      const assessment = actor.getSnapshot().children.assessment!;
      assessment.send({ type: 'answer.change', response: { type: 'true-false', value } });
      assessment.send({ type: 'answer.submit' });
    };
    actor.send({ type: 'assessment.start' });
    await answer(false);
    expect(actor.getSnapshot().can({ type: 'assessment.retry' })).toBe(true);
    actor.send({ type: 'assessment.retry' });
    await answer(true);
    expect(actor.getSnapshot().context.progress.assessment.attempts.map((a) => a.score)).toEqual([0, 100]);
    expect(actor.getSnapshot().can({ type: 'assessment.retry' })).toBe(false);
  });
});
