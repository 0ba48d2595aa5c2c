import { describe, expect, it } from 'vitest';
import { checkCourseContent, courseContentModule, moduleFactsOf } from '../../scorm/vite-content-plugin';
import { loadPartnership } from '../../scorm/content/load-partnership';
import { savedScreen } from '../../src/course/module-facts';
import { fixtureRoot } from './fixture-helpers';

/** The menu's minutes and covers come from the build, one small record per module. */
describe('module facts for the menu', () => {
  const content = checkCourseContent(fixtureRoot('valid'), 'test-course');

  it('gives each module of the course its minutes (at least 1) and its cover, and nothing of its structure', () => {
    const facts = moduleFactsOf(content);
    expect(Object.keys(facts)).toEqual(content.course.modules.map((m) => m.id));
    for (const [id, fact] of Object.entries(facts)) {
      expect(fact.minutes).toBeGreaterThanOrEqual(1);
      expect(Object.keys(fact).sort()).toEqual(['cover', 'minutes']);
      // The first screen carries no module's structure (the bench looks for every step id in one file).
      for (const step of content.modules[id]?.steps ?? []) expect(JSON.stringify(fact)).not.toContain(`"${step.id}"`);
    }
  });

  it('is exported by virtual:course-content as numbers and names, never module text', () => {
    const partnership = loadPartnership('bromley', ['en-GB']);
    const code = courseContentModule(content, partnership);
    const line = code.split('\n').find((l) => l.startsWith('export const moduleFacts = '));
    expect(line).toBeDefined();
    const facts: unknown = JSON.parse((line ?? '').replace('export const moduleFacts = ', '').replace(/;$/, ''));
    expect(facts).toEqual(moduleFactsOf(content));
  });

  it('places saved progress on the module\'s screen count: intro 1, each step, summary last', () => {
    const steps = ['a', 'b', 'c'];
    expect(savedScreen({ at: 'intro' }, steps)).toBe(1);
    expect(savedScreen({ at: 'step', stepId: 'b' }, steps)).toBe(3);
    expect(savedScreen({ at: 'summary' }, steps)).toBe(5);
    expect(savedScreen({ at: 'step', stepId: 'gone' }, steps)).toBeNull();
  });
});
