import { beforeAll, describe, expect, it } from 'vitest';
import { thisProject } from '../../scorm/cli-support';
import { loadCourseContent, type CourseContent } from '../lib/course-content';
import { answerKey, choicesByScore } from './answer-key';

let content: CourseContent;
beforeAll(async () => {
  content = await loadCourseContent(thisProject(), 'risks-to-children');
});

const byId = (id: string) => answerKey(content).find((q) => q.questionId === id);

describe('answerKey on the practitioners’ course', () => {
  it('has an answer for every question in the course’s question banks', () => {
    const questionIds = content.modules.flatMap((m) => m.module.questions.map((q) => q.id));
    expect(answerKey(content).map((q) => q.questionId)).toEqual(questionIds);
  });

  // Found by type in the real banks, so the tests follow the content as it changes.
  const questions = () => content.modules.flatMap((m) => m.module.questions);

  it('answers true/false questions with the player’s True / False labels', () => {
    const trueFalse = questions().filter((q) => q.type === 'true-false');
    const isTrue = trueFalse.find((q) => q.answer);
    const isFalse = trueFalse.find((q) => !q.answer);
    expect(isTrue && isFalse).toBeTruthy();
    expect(byId(isTrue?.id ?? '')?.answer).toEqual({ kind: 'tick', labels: ['True'] });
    expect(byId(isFalse?.id ?? '')?.answer).toEqual({ kind: 'tick', labels: ['False'] });
  });

  it('ticks every correct option of a multiple-choice question and nothing else', () => {
    const question = questions().find((q) => q.type === 'multiple-choice');
    const correct = question?.type === 'multiple-choice' ? question.options.filter((o) => o.correct).length : 0;
    expect(correct).toBeGreaterThan(1);
    const answer = byId(question?.id ?? '')?.answer;
    expect(answer?.kind).toBe('tick');
    expect(answer?.kind === 'tick' && answer.labels).toHaveLength(correct);
  });

  it('matches each prompt to its target by their labels', () => {
    const question = questions().find((q) => q.type === 'matching');
    const answer = byId(question?.id ?? '')?.answer;
    expect(answer?.kind).toBe('match');
    expect(answer?.kind === 'match' && answer.pairs).toHaveLength(question?.type === 'matching' ? question.prompts.length : -1);
  });
});

describe('choicesByScore', () => {
  it('lists the best choices first', () => {
    const scores = choicesByScore(content).map((c) => c.score);
    expect(scores[0]).toBe(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
