import { assertEvent, assign, sendParent, setup, type ActorRefFrom } from 'xstate';
import type { Module, Question, Step } from '../schema/module-schema';
import { emptyModuleProgress, type ModulePosition, type ModuleProgress } from '../progress/progress-record';
import { scenarioMachine } from './scenario-machine';
import { assessmentMachine } from './assessment-machine';
import { blockInteractionId } from '../scoring/block-scoring';
import type { AssessmentReport, Interaction, LessonBlockReport, ScenarioReport } from './events';

export interface ModuleInput {
  module: Module;
  progress?: ModuleProgress;
}

export interface ModuleContext {
  module: Module;
  stepIndex: number;
  progress: ModuleProgress;
}

export interface ModuleOutput {
  moduleId: string;
  progress: ModuleProgress;
}

export type ModuleEvent =
  | { type: 'warning.accept' }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | ScenarioReport
  | AssessmentReport
  | LessonBlockReport;

/** What a module reports to the course. */
export type ModuleReport =
  | { type: 'module.progress'; moduleId: string; progress: ModuleProgress; milestone: boolean }
  | { type: 'module.interaction'; interaction: Interaction }
  | { type: 'module.questionShown'; key: string };

export const currentStep = (context: ModuleContext): Step | undefined => context.module.steps[context.stepIndex];

/** Questions of a knowledge-check step, in the order the step lists them. */
export const checkQuestions = (module: Module, step: Step): Question[] =>
  step.type === 'knowledge-check'
    ? step.questions.flatMap((id) => module.questions.filter((q) => q.id === id))
    : [];

const positionIndex = (module: Module, position: ModulePosition): number =>
  position.at === 'step' ? module.steps.findIndex((s) => s.id === position.stepId) : -1;

const atStep = (context: ModuleContext, index: number): Partial<ModuleContext> => {
  const step = context.module.steps[index];
  return {
    stepIndex: index,
    progress: { ...context.progress, position: step ? { at: 'step', stepId: step.id } : { at: 'summary' } },
  };
};

const isStepType =
  (type: Step['type']) =>
  ({ context }: { context: ModuleContext }): boolean =>
    currentStep(context)?.type === type;

/**
 * One generic, data-driven module: content warning, intro, the module's steps
 * (lesson screens, scenarios, knowledge checks) and a summary. Modules differ in
 * data, never in behaviour.
 */
export const moduleMachine = setup({
  types: {
    context: {} as ModuleContext,
    events: {} as ModuleEvent,
    input: {} as ModuleInput,
    output: {} as ModuleOutput,
    tags: {} as 'warning' | 'intro' | 'lesson' | 'scenario' | 'knowledge-check' | 'summary',
    children: {} as { scenario: 'scenarioMachine'; check: 'assessmentMachine' },
  },
  actors: { scenarioMachine, assessmentMachine },
  guards: {
    hasContentWarning: ({ context }) => context.module.contentWarning,
    isAtSummary: ({ context }) => context.progress.position.at === 'summary',
    isAtStep: ({ context }) => positionIndex(context.module, context.progress.position) >= 0,
    isLesson: isStepType('lesson'),
    isScenario: isStepType('scenario'),
    isCheck: isStepType('knowledge-check'),
    isLastStep: ({ context }) => context.stepIndex >= context.module.steps.length - 1,
    isFirstStep: ({ context }) => context.stepIndex <= 0,
    isBlockOfThisStep: ({ context, event }) => {
      const step = currentStep(context);
      return (
        event.type === 'interaction.block' &&
        step?.type === 'lesson' &&
        step.id === event.stepId &&
        (step.blocks ?? []).some((b) => b.id === event.block.id && b.type === event.block.type)
      );
    },
  },
  actions: {
    goToSavedStep: assign(({ context }) => atStep(context, positionIndex(context.module, context.progress.position))),
    goToFirstStep: assign(({ context }) => atStep(context, 0)),
    goToNextStep: assign(({ context }) => atStep(context, context.stepIndex + 1)),
    goToPreviousStep: assign(({ context }) => atStep(context, context.stepIndex - 1)),
    goToLastStep: assign(({ context }) => atStep(context, context.module.steps.length - 1)),
    atIntro: assign(({ context }) => ({ progress: { ...context.progress, position: { at: 'intro' } as const } })),
    atSummary: assign(({ context }) => ({ progress: { ...context.progress, position: { at: 'summary' } as const } })),
    markCompleted: assign(({ context }) => ({ progress: { ...context.progress, completed: true } })),
    recordScenario: assign(({ context, event }) => {
      assertEvent(event, 'scenario.progress');
      return { progress: { ...context.progress, scenarios: { ...context.progress.scenarios, [event.scenarioId]: event.choices } } };
    }),
    recordRestart: assign(({ context, event }) => {
      assertEvent(event, 'scenario.restarted');
      const before = context.progress.scenarioAttempts?.[event.scenarioId];
      const attempts = { earlier: (before?.earlier ?? 0) + 1, bestScore: Math.max(before?.bestScore ?? 0, event.score) };
      return { progress: { ...context.progress, scenarioAttempts: { ...context.progress.scenarioAttempts, [event.scenarioId]: attempts } } };
    }),
    recordAnswers: assign(({ context, event }) => {
      assertEvent(event, 'assessment.progress');
      return { progress: { ...context.progress, answers: { ...context.progress.answers, ...event.answers } } };
    }),
    recordBlockAnswer: assign(({ context, event }) => {
      assertEvent(event, 'interaction.block');
      const blocks = { ...context.progress.blocks, [blockInteractionId(event.stepId, event.block.id)]: event.answer };
      return { progress: { ...context.progress, blocks } };
    }),
    forwardBlockAnswer: sendParent(({ context, event }): ModuleReport => {
      assertEvent(event, 'interaction.block');
      return {
        type: 'module.interaction',
        interaction: { kind: 'block', moduleId: context.module.id, stepId: event.stepId, block: event.block, answer: event.answer, correct: event.correct },
      };
    }),
    reportProgress: sendParent(({ context }): ModuleReport => ({
      type: 'module.progress',
      moduleId: context.module.id,
      progress: context.progress,
      milestone: false,
    })),
    reportCompleted: sendParent(({ context }): ModuleReport => ({
      type: 'module.progress',
      moduleId: context.module.id,
      progress: context.progress,
      milestone: true,
    })),
    forwardChoice: sendParent(({ context, event }): ModuleReport => {
      assertEvent(event, 'interaction.choice');
      return {
        type: 'module.interaction',
        interaction: {
          kind: 'choice',
          moduleId: context.module.id,
          scenarioId: event.scenarioId,
          nodeId: event.nodeId,
          choiceId: event.choiceId,
          score: event.score,
          maxChoiceScore: event.maxChoiceScore,
        },
      };
    }),
    forwardAnswer: sendParent(({ context, event }): ModuleReport => {
      assertEvent(event, 'interaction.answer');
      return {
        type: 'module.interaction',
        interaction: {
          kind: 'question',
          moduleId: context.module.id,
          attempt: null,
          question: event.question,
          response: event.response,
          correct: event.correct,
        },
      };
    }),
    forwardShown: sendParent(({ event }): ModuleReport => {
      assertEvent(event, 'question.shown');
      return { type: 'module.questionShown', key: `${event.assessmentId}.${event.questionId}` };
    }),
  },
}).createMachine({
  id: 'module',
  context: ({ input }) => ({
    module: input.module,
    stepIndex: 0,
    progress: input.progress ?? emptyModuleProgress(),
  }),
  initial: 'opening',
  states: {
    opening: {
      always: [{ guard: 'hasContentWarning', target: 'warning' }, { target: 'resuming' }],
    },
    warning: {
      tags: 'warning',
      on: { 'warning.accept': 'resuming' },
    },
    resuming: {
      always: [
        { guard: 'isAtSummary', target: 'summary' },
        { guard: 'isAtStep', target: 'step', actions: 'goToSavedStep' },
        { target: 'intro' },
      ],
    },
    intro: {
      tags: 'intro',
      entry: ['atIntro', 'reportProgress'],
      on: { 'nav.next': { target: 'step', actions: 'goToFirstStep' } },
    },
    step: {
      initial: 'routing',
      entry: 'reportProgress',
      on: {
        'question.shown': { actions: 'forwardShown' },
      },
      states: {
        routing: {
          always: [
            { guard: 'isLesson', target: 'lesson' },
            { guard: 'isScenario', target: 'scenario' },
            { guard: 'isCheck', target: 'check' },
          ],
        },
        lesson: {
          tags: 'lesson',
          on: {
            // Only a block of the screen being shown; the answer is kept so a revisit shows it.
            'interaction.block': {
              guard: 'isBlockOfThisStep',
              actions: ['recordBlockAnswer', 'reportProgress', 'forwardBlockAnswer'],
            },
            'nav.next': '#module.advancing',
            'nav.back': [
              { guard: 'isFirstStep', target: '#module.intro' },
              { target: '#module.step', reenter: true, actions: 'goToPreviousStep' },
            ],
          },
        },
        scenario: {
          tags: 'scenario',
          invoke: {
            id: 'scenario',
            src: 'scenarioMachine',
            input: ({ context }) => {
              const step = currentStep(context);
              const scenario = context.module.scenarios.find((s) => step?.type === 'scenario' && s.id === step.scenario);
              // Validation guarantees every scenario step names a scenario of its module.
              if (!scenario) throw new Error(`Module "${context.module.id}" step ${context.stepIndex} names an unknown scenario`);
              const attempts = context.progress.scenarioAttempts?.[scenario.id];
              return { scenario, choices: context.progress.scenarios[scenario.id] ?? [], ...(attempts ? { attempts } : {}) };
            },
            onDone: '#module.advancing',
          },
          on: {
            'scenario.progress': { actions: ['recordScenario', 'reportProgress'] },
            'scenario.restarted': { actions: 'recordRestart' },
            'interaction.choice': { actions: 'forwardChoice' },
          },
        },
        check: {
          tags: 'knowledge-check',
          invoke: {
            id: 'check',
            src: 'assessmentMachine',
            input: ({ context }) => {
              const step = currentStep(context);
              const questions = step ? checkQuestions(context.module, step) : [];
              return {
                id: `${context.module.id}.${step?.id ?? ''}`,
                questions,
                mode: 'check' as const,
                answers: Object.fromEntries(
                  questions.flatMap((q) => {
                    const answer = context.progress.answers[q.id];
                    return answer ? [[q.id, answer]] : [];
                  }),
                ),
              };
            },
            onDone: '#module.advancing',
          },
          on: {
            'assessment.progress': { actions: ['recordAnswers', 'reportProgress'] },
            'interaction.answer': { actions: 'forwardAnswer' },
          },
        },
      },
    },
    advancing: {
      always: [
        { guard: 'isLastStep', target: 'summary' },
        { target: 'step', actions: 'goToNextStep' },
      ],
    },
    summary: {
      tags: 'summary',
      entry: ['atSummary', 'markCompleted', 'reportCompleted'],
      on: {
        'nav.next': 'done',
        'nav.back': { target: 'step', actions: 'goToLastStep' },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ moduleId: context.module.id, progress: context.progress }),
});

export type ModuleActorRef = ActorRefFrom<typeof moduleMachine>;
