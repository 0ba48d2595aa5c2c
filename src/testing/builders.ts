import { CourseSchema, type Course } from '../course/schema/course-schema';
import { ModuleSchema, type Module } from '../course/schema/module-schema';

/**
 * Small, valid content for machine and component tests, parsed through the real
 * schemas so defaults apply exactly as they do for files in modules/.
 */

export function buildModule(overrides: Partial<Record<keyof Module, unknown>> = {}): Module {
  return ModuleSchema.parse({
    id: 'sample',
    kind: 'contact',
    objectives: ['spot-risk'],
    steps: [
      { id: 'welcome', type: 'lesson' },
      { id: 'chat', type: 'scenario', scenario: 'chat' },
      { id: 'check', type: 'knowledge-check', questions: ['q-law', 'q-true'] },
    ],
    scenarios: [
      {
        id: 'chat',
        perspective: 'young-person',
        start: 'request',
        nodes: [
          {
            id: 'request',
            choices: [
              { id: 'tell', next: 'support', score: 2 },
              { id: 'pay', next: 'more-demands', score: 0 },
            ],
          },
          { id: 'more-demands', choices: [{ id: 'tell-late', next: 'support', score: 1 }, { id: 'hide', score: 0 }] },
          { id: 'support', choices: [] },
        ],
      },
    ],
    questions: [
      { id: 'q-law', type: 'single-choice', options: [{ id: 'a', correct: true }, { id: 'b' }] },
      { id: 'q-true', type: 'true-false', answer: false },
      { id: 'q-order', type: 'ordering', items: ['first', 'second', 'third'] },
      {
        id: 'q-match',
        type: 'matching',
        prompts: [{ id: 'p1', match: 't1' }, { id: 'p2', match: 't2' }],
        targets: ['t1', 't2'],
      },
      { id: 'q-many', type: 'multiple-choice', options: [{ id: 'x', correct: true }, { id: 'y', correct: true }, { id: 'z' }] },
    ],
    ...overrides,
  });
}

export function buildCourse(overrides: Partial<Record<keyof Course, unknown>> = {}): Course {
  return CourseSchema.parse({
    id: 'sample-course',
    audience: 'practitioners',
    locales: ['en-GB'],
    modules: [{ id: 'sample' }, { id: 'second' }],
    unlocking: 'sequential',
    finalAssessment: { questionCount: 3, passMark: 80, maxAttempts: 2 },
    ...overrides,
  });
}
