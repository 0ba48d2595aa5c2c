import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, loadCourseContent } from '../../scorm/content/load-content';
import { parseYamlDocument } from '../../src/course/content/yaml-document';
import { CourseSchema } from '../../src/course/schema/course-schema';
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

  it.each(courseIds)('course "%s" says when its content was last reviewed, not in the future', (courseId) => {
    const file = `modules/courses/${courseId}/course.yaml`;
    const course = CourseSchema.parse(parseYamlDocument(file, readFileSync(file, 'utf8')).data);
    expect(course.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(course.lastReviewed ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it.each(courseIds)('loads course "%s" with every module, all of it in the source language', (courseId) => {
    const content = loadCourseContent('modules', courseId);
    expect(content.course.id).toBe(courseId);
    expect(Object.keys(content.modules)).toEqual(content.course.modules.map((m) => m.id));
    const everyNamespace = [courseNamespace(courseId), ...content.course.modules.map((m) => moduleNamespace(m.id))].sort();
    const [source, ...translations] = content.course.locales;
    expect(Object.keys(content.locales[source ?? ''] ?? {}).sort()).toEqual(everyNamespace);
    // A translation may cover some modules (the player shows the rest in the source language with
    // a note), but always the course's own texts, and nothing the course does not have.
    for (const locale of translations) {
      const shipped = Object.keys(content.locales[locale] ?? {});
      expect(shipped, locale).toContain(courseNamespace(courseId));
      expect(shipped.filter((namespace) => !everyNamespace.includes(namespace)), locale).toEqual([]);
    }
  });
});
