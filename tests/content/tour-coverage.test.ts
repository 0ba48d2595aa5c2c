import { describe, expect, it } from 'vitest';
import { assessmentModuleIds } from '../../src/course/machines/course-rules';
import { CourseSchema } from '../../src/course/schema/course-schema';
import { loadCourseMaterial, retriedScenario, type CourseMaterial } from '../e2e/a11y/course-tour';
import { courseKinds } from '../e2e/a11y/screen-kinds';
import { loadModuleContent } from '../e2e/support/course-text';
import { readTours, tourCourse } from '../tours/tours';

/**
 * The browser tests walk the tour courses (tests/tours/tours.yaml), not the real ones, to
 * stay fast however long the courses grow. That only holds if each tour shows every kind
 * of screen its real course shows: a new lesson block type, scenario scene or question
 * type in a real module must reach its tour too, or the accessibility gate never sees it.
 */

/** A tour's material as package:tours will build it, straight from the real content. */
function tourMaterial(tourId: string, structure: Record<string, unknown>, texts: Record<string, unknown>): CourseMaterial {
  const course = CourseSchema.parse(structure);
  const modules = new Map(course.modules.map(({ id }) => [id, loadModuleContent(id)]));
  const bank = assessmentModuleIds(course).flatMap((id) => modules.get(id)!.module.questions.map((question) => ({ question, content: modules.get(id)! })));
  const text = (key: string): string => {
    const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts);
    if (typeof found !== 'string') throw new Error(`${tourId}: no text at ${key}`);
    return found;
  };
  return { course: { course, text }, modules, bank };
}

describe.each([...readTours()])('tour course %s', (tourId, tour) => {
  const { structure, texts } = tourCourse(tourId, tour);
  const tourContent = tourMaterial(tourId, structure, texts.get('en-GB') ?? {});
  const real = loadCourseMaterial(tour.from);

  it(`shows every kind of screen that ${tour.from} shows`, () => {
    const tourKinds = new Set(courseKinds(tourContent, retriedScenario(tourContent)));
    const missing = courseKinds(real, retriedScenario(real)).filter((kind) => !tourKinds.has(kind));
    expect(missing, `add to tests/tours/tours.yaml → ${tourId}.modules a module of ${tour.from} that shows these`).toEqual([]);
  });

  it('keeps the real course settings that change what the learner sees', () => {
    const { course } = tourContent.course;
    const source = real.course.course;
    expect({ audience: course.audience, unlocking: course.unlocking, passMark: course.finalAssessment?.passMark, maxAttempts: course.finalAssessment?.maxAttempts }).toEqual({
      audience: source.audience,
      unlocking: source.unlocking,
      passMark: source.finalAssessment?.passMark,
      maxAttempts: source.finalAssessment?.maxAttempts,
    });
    expect(course.modules.map((m) => m.id)).toEqual(tour.modules);
  });

  it('has a text for every module it keeps, in every locale', () => {
    for (const [locale, localeTexts] of texts) {
      const moduleTexts = (localeTexts['modules'] ?? {}) as Record<string, unknown>;
      expect(Object.keys(moduleTexts), locale).toEqual(tour.modules.filter((id) => id in moduleTexts));
    }
    for (const id of tour.modules) expect(tourContent.course.text(`modules.${id}.title`)).not.toBe('');
  });
});
