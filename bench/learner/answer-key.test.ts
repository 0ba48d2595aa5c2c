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

  it('answers true/false questions with the player’s True / False labels', () => {
    expect(byId('s15a-online')?.answer).toEqual({ kind: 'tick', labels: ['True'] });
    expect(byId('not-their-fault')?.answer).toEqual({ kind: 'tick', labels: ['False'] });
  });

  it('ticks every correct option of a multiple-choice question and nothing else', () => {
    const answer = byId('grooming-signs')?.answer;
    expect(answer?.kind).toBe('tick');
    expect(answer?.kind === 'tick' && answer.labels).toHaveLength(4);
  });

  it('matches each prompt to its target by their labels', () => {
    const answer = byId('report-routes')?.answer;
    expect(answer?.kind).toBe('match');
    expect(answer?.kind === 'match' && answer.pairs).toHaveLength(5);
  });
});

describe('choicesByScore', () => {
  it('lists the best choices first', () => {
    const scores = choicesByScore(content).map((c) => c.score);
    expect(scores[0]).toBe(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
