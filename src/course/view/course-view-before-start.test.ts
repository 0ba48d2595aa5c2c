import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, fromPromise } from 'xstate';
import { courseMachine, type CourseEvent } from '../machines/course-machine';
import type { Module } from '../schema/module-schema';
import type { QuestionBank } from '../assessment-draw';
import { contentWithProgressArb } from '../../testing/progress-arbitraries';
import { courseViewBeforeStart } from './course-view-before-start';
import { courseViewOfSnapshot } from './course-view-of-snapshot';

const pending = <T>() => new Promise<T>(() => undefined);

describe('the course view before the course machine starts', () => {
  // The menu is shown from `courseViewBeforeStart`; once the learner acts, from the machine.
  // If the two disagreed, a button could be offered that the machine then ignores.
  it('answers every menu question as the course machine does, for any course and progress', { timeout: 30_000 }, () => {
    const machine = courseMachine.provide({
      actors: {
        loadModule: fromPromise<Module, { moduleId: string }>(() => pending()),
        loadQuestionBank: fromPromise<QuestionBank, { moduleIds: string[] }>(() => pending()),
      },
    });
    fc.assert(
      fc.property(contentWithProgressArb(), fc.constantFrom('free' as const, 'sequential' as const), ({ content, progress }, unlocking) => {
        const generated = { ...content.course, unlocking };
        const actor = createActor(machine, { input: { course: generated, progress, seed: 1 } }).start();
        const machineView = courseViewOfSnapshot(actor.getSnapshot());
        const before = courseViewBeforeStart(generated, progress);
        const events: CourseEvent[] = [
          ...generated.modules.map((m) => ({ type: 'module.open' as const, moduleId: m.id })),
          { type: 'module.open', moduleId: 'not-a-module' },
          { type: 'assessment.start' },
          { type: 'assessment.retry' },
          { type: 'nav.menu' },
        ];
        expect(before.screen).toBe(machineView.screen);
        expect(before.loadFailed).toBe(machineView.loadFailed);
        expect(events.map((e) => before.can(e))).toEqual(events.map((e) => machineView.can(e)));
        actor.stop();
      }),
      { numRuns: 200 },
    );
  });

});
