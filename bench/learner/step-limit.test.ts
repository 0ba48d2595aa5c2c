import { beforeAll, describe, expect, it } from 'vitest';
import { thisProject } from '../../scorm/cli-support';
import { loadCourseContent, type CourseContent } from '../lib/course-content';
import { stepsToComplete } from './step-limit';

let practitioners: CourseContent;
let parents: CourseContent;
beforeAll(async () => {
  [practitioners, parents] = await Promise.all([loadCourseContent(thisProject(), 'risks-to-children'), loadCourseContent(thisProject(), 'parents-and-carers')]);
});

describe('stepsToComplete', () => {
  it('allows the practitioners’ course more than the 400 steps that stopped the bench once it had 11 modules and a 20-question final assessment', () => {
    expect(stepsToComplete(practitioners)).toBeGreaterThan(400);
  });

  it('grows with the course: a course with a module fewer, or without its final assessment, needs fewer steps', () => {
    const fewerModules = { ...practitioners, modules: practitioners.modules.slice(1) };
    const { finalAssessment: _, ...withoutAssessment } = practitioners.course;
    expect(stepsToComplete(fewerModules)).toBeLessThan(stepsToComplete(practitioners));
    expect(stepsToComplete({ ...practitioners, course: withoutAssessment })).toBeLessThan(stepsToComplete(practitioners));
  });

  it('counts at least two steps for every question a learner answers and every scenario node', () => {
    for (const content of [practitioners, parents]) {
      const questions = content.modules.flatMap(({ module }) => module.steps.flatMap((s) => (s.type === 'knowledge-check' ? s.questions : [])));
      const nodes = content.modules.flatMap(({ module }) => module.scenarios.flatMap((s) => s.nodes));
      expect(stepsToComplete(content)).toBeGreaterThanOrEqual(2 * (questions.length + nodes.length + (content.course.finalAssessment?.questionCount ?? 0)));
    }
  });
});
