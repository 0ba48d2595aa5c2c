import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { checkQuestions } from '../../../src/course/machines/module-machine';
import { currentQuestion, type AssessmentEvent } from '../../../src/course/machines/assessment-machine';
import { correctResponse } from '../../../src/course/scoring/question-scoring';
import { detachedAssessmentMachine } from '../../../src/testing/detached';
import { allModules } from './real-content';
import { wrongResponse } from './wrong-response';

const checks = allModules.flatMap((module) =>
  module.steps.filter((s) => s.type === 'knowledge-check').map((step) => [`${module.id} / ${step.id}`, checkQuestions(module, step)] as const),
);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

describe.each(checks)('knowledge check %s over the real content', (_name, questions) => {
  const eventsFor = (snapshot: SnapshotFrom<typeof detachedAssessmentMachine>): AssessmentEvent[] => {
    const question = currentQuestion(snapshot.context);
    if (snapshot.hasTag('answering') && question) {
      const right = correctResponse(question);
      const wrong = wrongResponse(question);
      // Choose a right or a wrong answer, then submit it: both branches for every question.
      return [right, wrong].some((r) => same(r, snapshot.context.draft))
        ? [{ type: 'answer.submit' }]
        : [{ type: 'answer.change', response: right }, { type: 'answer.change', response: wrong }];
    }
    if (snapshot.hasTag('results')) return [{ type: 'review.open' }, { type: 'nav.next' }];
    if (snapshot.hasTag('review')) return [{ type: 'review.close' }, { type: 'nav.next' }];
    return [{ type: 'nav.next' }];
  };
  const paths = getSimplePaths(detachedAssessmentMachine, { input: { id: 'check', questions, mode: 'check' }, events: eventsFor });
  const finished = paths.filter((p) => p.state.status === 'done');

  it('can be finished along every combination of right and wrong answers', () => {
    const combinations = new Set(finished.map((p) => JSON.stringify(p.state.output?.answers)));
    expect(combinations.size).toBe(2 ** questions.length);
  });

  it('scores each finish as the share of questions answered correctly', () => {
    for (const path of finished) {
      const answers = path.state.output?.answers ?? {};
      const right = questions.filter((q) => same(answers[q.id], correctResponse(q))).length;
      expect(path.state.output?.score).toBe(Math.round((right / questions.length) * 100));
    }
  });

  it('has no dead end: every state before the end offers a way on', () => {
    for (const path of paths) {
      if (path.state.status === 'done') continue;
      expect(eventsFor(path.state).some((event) => path.state.can(event))).toBe(true);
    }
  });
});
