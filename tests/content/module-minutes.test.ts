import { describe, expect, it } from 'vitest';
import { checkCourseContent } from '../../scorm/vite-content-plugin';
import { moduleReadability } from '../../scorm/content/readability';
import { moduleNamespace } from '../../src/course/text-keys';
import type { Module } from '../../src/course/schema/module-schema';
import { fixtureRoot } from './fixture-helpers';

/** The minutes on a menu card count what a learner reads on a typical path through the module. */
describe('a module\'s minutes', () => {
  const content = checkCourseContent(fixtureRoot('valid'), 'test-course');
  const [moduleId, module] = Object.entries(content.modules)[0] as [string, Module];
  const locale = content.course.locales[0] ?? 'en-GB';
  const texts = (content.locales[locale]?.[moduleNamespace(moduleId)] ?? {}) as Record<string, unknown>;
  const longText = Array.from({ length: 2000 }, () => 'word').join(' ');

  const withExtraQuestion = (asked: boolean): number => {
    const extra = { id: 'extra-question', cites: [], type: 'true-false' as const, answer: true };
    const steps = asked
      ? [...module.steps, { id: 'extra-check', type: 'knowledge-check' as const, questions: [extra.id] }]
      : module.steps;
    const changed: Module = { ...module, steps, questions: [...module.questions, extra] };
    const questions = { ...(texts['questions'] as Record<string, unknown>), [extra.id]: { prompt: 'Is this counted?', explanation: longText } };
    return moduleReadability(changed, { ...texts, questions }, content.course.audience).minutes;
  };

  it('leaves out bank questions that only the final assessment asks', () => {
    expect(withExtraQuestion(false)).toBe(moduleReadability(module, texts, content.course.audience).minutes);
  });

  it('counts a question a knowledge check asks', () => {
    expect(withExtraQuestion(true)).toBeGreaterThanOrEqual(moduleReadability(module, texts, content.course.audience).minutes + 10);
  });
});
