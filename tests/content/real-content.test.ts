import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, loadCourseContent } from '../../scorm/content/load-content';
import { courseNamespace, moduleNamespace } from '../../src/course/text-keys';

/** The shipped content in modules/ must always pass validation: this is what a build checks first. */
describe('the real content in modules/', () => {
  it('validates with zero problems', () => {
    const { problems } = loadContent('modules');
    // Comparing messages (not a count) prints every problem with its file and line when this fails.
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  const courseIds = readdirSync('modules/courses').sort();

  it('has at least one course', () => {
    expect(courseIds.length).toBeGreaterThan(0);
  });

  it.each(courseIds)('loads course "%s" with every module and every shipped text', (courseId) => {
    const content = loadCourseContent('modules', courseId);
    expect(content.course.id).toBe(courseId);
    expect(Object.keys(content.modules)).toEqual(content.course.modules.map((m) => m.id));
    for (const locale of content.course.locales) {
      expect(Object.keys(content.locales[locale] ?? {}).sort()).toEqual(
        [courseNamespace(courseId), ...content.course.modules.map((m) => moduleNamespace(m.id))].sort(),
      );
    }
  });
});
