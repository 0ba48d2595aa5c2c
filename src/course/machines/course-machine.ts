import { assertEvent, assign, emit, fromPromise, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Course } from '../schema/course-schema';
import type { Module } from '../schema/module-schema';
import { attemptQuestions, type QuestionBank } from '../assessment-draw';
import { emptyProgress, type ProgressRecord } from '../progress/progress-record';
import { moduleMachine, type ModuleReport } from './module-machine';
import { assessmentMachine } from './assessment-machine';
import type { AssessmentReport, CourseEmitted } from './events';
import {
  assessmentModuleIds,
  attemptSeed,
  canStartAssessment,
  isCourseComplete,
  isModuleUnlocked,
  resumesInAssessment,
  unfinishedAttempt,
} from './course-rules';

export interface CourseInput {
  course: Course;
  /** Saved progress to resume from. */
  progress?: ProgressRecord;
  /** Base seed for question draws, chosen once per learner by the app. */
  seed: number;
}

export interface CourseContext {
  course: Course;
  progress: ProgressRecord;
  seed: number;
  /** Content of the open module, once loaded. */
  module: Module | null;
  /** Pooled question bank of the final assessment, once loaded. */
  questionBank: QuestionBank;
  /** Why the last load failed, for the learner; null when it did not. */
  loadError: string | null;
}

export type CourseEvent =
  | { type: 'module.open'; moduleId: string }
  | { type: 'nav.menu' }
  | { type: 'assessment.start' }
  /** From the results of a finished attempt: start the next one straight away. */
  | { type: 'assessment.retry' }
  | ModuleReport
  | AssessmentReport;

/** Placeholder loaders: the app provides real ones with `courseMachine.provide({ actors })`. */
const loadModule = fromPromise<Module, { moduleId: string }>(async ({ input }) => {
  throw new Error(`No module loader provided (asked for "${input.moduleId}")`);
});
const loadQuestionBank = fromPromise<QuestionBank, { moduleIds: string[] }>(async ({ input }) => {
  throw new Error(`No question-bank loader provided (asked for ${input.moduleIds.join(', ')})`);
});

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The course: a menu of modules with an unlocking rule, each module run by a child
 * module machine, a final assessment with attempts, and completion. Its context's
 * `progress` is the single record that tracking saves; effects (loading content)
 * are invoked actors.
 */
export const courseMachine = setup({
  types: {
    context: {} as CourseContext,
    events: {} as CourseEvent,
    input: {} as CourseInput,
    emitted: {} as CourseEmitted,
    tags: {} as 'menu' | 'busy' | 'module' | 'assessment' | 'complete',
    children: {} as { module: 'moduleMachine'; assessment: 'assessmentMachine'; loader: 'loadModule' | 'loadQuestionBank' },
  },
  actors: { moduleMachine, assessmentMachine, loadModule, loadQuestionBank },
  guards: {
    hasOpenModule: ({ context }) => context.progress.openModuleId !== null,
    resumesInAssessment: ({ context }) => resumesInAssessment(context.progress),
    isModuleUnlocked: ({ context, event }) => {
      assertEvent(event, 'module.open');
      return isModuleUnlocked(context.course, context.progress, event.moduleId);
    },
    canStartAssessment: ({ context }) => canStartAssessment(context.course, context.progress),
    isCourseComplete: ({ context }) => isCourseComplete(context.course, context.progress),
    everyThirdAnswer: ({ event }) => {
      assertEvent(event, 'assessment.progress');
      return Object.keys(event.answers).length % 3 === 0;
    },
  },
  actions: {
    openModule: assign(({ context, event }) => {
      assertEvent(event, 'module.open');
      return { progress: { ...context.progress, openModuleId: event.moduleId }, loadError: null };
    }),
    closeModule: assign(({ context }) => ({ progress: { ...context.progress, openModuleId: null }, module: null })),
    recordModuleProgress: assign(({ context, event }) => {
      assertEvent(event, 'module.progress');
      return { progress: { ...context.progress, modules: { ...context.progress.modules, [event.moduleId]: event.progress } } };
    }),
    /** A finished module opens at its intro next time. */
    rewindFinishedModule: assign(({ context }) => {
      const id = context.module?.id;
      const saved = id ? context.progress.modules[id] : undefined;
      if (!id || !saved) return {};
      return { progress: { ...context.progress, modules: { ...context.progress.modules, [id]: { ...saved, position: { at: 'intro' } } } } };
    }),
    /** The learner is in the attempt from now on: a relaunch before it is submitted reopens it. */
    startOrResumeAttempt: assign(({ context }) => {
      const { attempts } = context.progress.assessment;
      const next = unfinishedAttempt(context.progress) ? attempts : [...attempts, { seed: attemptSeed(context.seed, attempts.length + 1), answers: {}, score: null }];
      return { progress: { ...context.progress, assessment: { attempts: next, open: true } } };
    }),
    leaveAssessment: assign(({ context }) => {
      if (!context.progress.assessment.open) return {};
      return { progress: { ...context.progress, assessment: { attempts: context.progress.assessment.attempts } } };
    }),
    recordAttemptAnswers: assign(({ context, event }) => {
      assertEvent(event, 'assessment.progress');
      const attempts = [...context.progress.assessment.attempts];
      const last = attempts.pop();
      if (!last) return {};
      return { progress: { ...context.progress, assessment: { ...context.progress.assessment, attempts: [...attempts, { ...last, answers: event.answers }] } } };
    }),
    recordAttemptScore: assign(({ context, event }) => {
      assertEvent(event, 'assessment.submitted');
      const attempts = [...context.progress.assessment.attempts];
      const last = attempts.pop();
      if (!last || last.score !== null) return {};
      // Submitted: the results are shown, and there is no attempt left to reopen.
      return { progress: { ...context.progress, assessment: { attempts: [...attempts, { ...last, score: event.score }] } } };
    }),
    emitProgress: emit(({ context }) => ({ type: 'progress.changed' as const, progress: context.progress, milestone: false })),
    emitMilestone: emit(({ context }) => ({ type: 'progress.changed' as const, progress: context.progress, milestone: true })),
    emitModuleProgress: emit(({ context, event }) => {
      assertEvent(event, 'module.progress');
      return { type: 'progress.changed' as const, progress: context.progress, milestone: event.milestone };
    }),
    emitModuleInteraction: emit(({ event }) => {
      assertEvent(event, 'module.interaction');
      return { type: 'interaction.recorded' as const, interaction: event.interaction };
    }),
    emitModuleQuestionShown: emit(({ event }) => {
      assertEvent(event, 'module.questionShown');
      return { type: 'question.shown' as const, key: event.key };
    }),
    emitAttemptAnswer: emit(({ context, event }) => {
      assertEvent(event, 'interaction.answer');
      return {
        type: 'interaction.recorded' as const,
        interaction: {
          kind: 'question' as const,
          moduleId: null,
          attempt: context.progress.assessment.attempts.length,
          question: event.question,
          response: event.response,
          correct: event.correct,
        },
      };
    }),
    emitAttemptQuestionShown: emit(({ event }) => {
      assertEvent(event, 'question.shown');
      return { type: 'question.shown' as const, key: `${event.assessmentId}.${event.questionId}` };
    }),
  },
}).createMachine({
  id: 'course',
  context: ({ input }) => ({
    course: input.course,
    progress: input.progress ?? emptyProgress(),
    seed: input.seed,
    module: null,
    questionBank: [],
    loadError: null,
  }),
  initial: 'starting',
  states: {
    starting: {
      always: [{ guard: 'hasOpenModule', target: 'loadingModule' }, { guard: 'resumesInAssessment', target: 'loadingAssessment' }, { target: 'menu' }],
    },
    menu: {
      tags: 'menu',
      on: {
        'module.open': { guard: 'isModuleUnlocked', target: 'loadingModule', actions: 'openModule' },
        'assessment.start': { guard: 'canStartAssessment', target: 'loadingAssessment' },
      },
    },
    loadingModule: {
      tags: 'busy',
      invoke: {
        id: 'loader',
        src: 'loadModule',
        input: ({ context }) => ({ moduleId: context.progress.openModuleId ?? '' }),
        onDone: { target: 'module', actions: assign({ module: ({ event }) => event.output }) },
        onError: {
          target: 'menu',
          actions: [
            assign({ loadError: ({ event }) => errorText(event.error) }),
            'closeModule',
          ],
        },
      },
    },
    module: {
      tags: 'module',
      invoke: {
        id: 'module',
        src: 'moduleMachine',
        input: ({ context }) => {
          // Only entered from loadingModule's onDone, which sets the module.
          if (!context.module) throw new Error('Module state entered without module content');
          return { module: context.module, progress: context.progress.modules[context.module.id] };
        },
        onDone: { target: 'checkingCompletion', actions: ['rewindFinishedModule', 'closeModule', 'emitMilestone'] },
      },
      on: {
        'module.progress': { actions: ['recordModuleProgress', 'emitModuleProgress'] },
        'module.interaction': { actions: 'emitModuleInteraction' },
        'module.questionShown': { actions: 'emitModuleQuestionShown' },
        'nav.menu': { target: 'menu', actions: ['closeModule', 'emitMilestone'] },
      },
    },
    loadingAssessment: {
      tags: 'busy',
      invoke: {
        id: 'loader',
        src: 'loadQuestionBank',
        input: ({ context }) => ({ moduleIds: assessmentModuleIds(context.course) }),
        onDone: { target: 'assessment', actions: [assign({ questionBank: ({ event }) => event.output }), 'startOrResumeAttempt', 'emitMilestone'] },
        onError: { target: 'menu', actions: [assign({ loadError: ({ event }) => errorText(event.error) }), 'leaveAssessment'] },
      },
    },
    assessment: {
      tags: 'assessment',
      invoke: {
        id: 'assessment',
        src: 'assessmentMachine',
        input: ({ context }) => {
          const attempt = unfinishedAttempt(context.progress);
          // startOrResumeAttempt always leaves an unfinished attempt before this state.
          if (!attempt) throw new Error('Assessment state entered without an open attempt');
          return {
            id: `assessment.${context.progress.assessment.attempts.length}`,
            questions: attemptQuestions(context.course, context.questionBank, attempt),
            mode: 'final' as const,
            answers: attempt.answers,
            passMark: context.course.finalAssessment?.passMark ?? 100,
          };
        },
        onDone: { target: 'checkingCompletion', actions: 'leaveAssessment' },
      },
      on: {
        'assessment.submitted': { actions: ['recordAttemptScore', 'emitMilestone'] },
        'assessment.retry': { guard: 'canStartAssessment', target: 'loadingAssessment' },
        'assessment.progress': [
          { guard: 'everyThirdAnswer', actions: ['recordAttemptAnswers', 'emitMilestone'] },
          { actions: ['recordAttemptAnswers', 'emitProgress'] },
        ],
        'interaction.answer': { actions: 'emitAttemptAnswer' },
        'question.shown': { actions: 'emitAttemptQuestionShown' },
        'nav.menu': { target: 'menu', actions: ['leaveAssessment', 'emitMilestone'] },
      },
    },
    checkingCompletion: {
      always: [{ guard: 'isCourseComplete', target: 'complete' }, { target: 'menu' }],
    },
    complete: {
      tags: ['complete', 'menu'],
      on: {
        'module.open': { guard: 'isModuleUnlocked', target: 'loadingModule', actions: 'openModule' },
        'nav.menu': 'menu',
      },
    },
  },
});

export type CourseActorRef = ActorRefFrom<typeof courseMachine>;
export type CourseSnapshot = SnapshotFrom<typeof courseMachine>;
