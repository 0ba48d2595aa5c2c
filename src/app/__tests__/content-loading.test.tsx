import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { bankQuestions } from '../../course/assessment-draw';
import { buildModule } from '../../testing/builders';
import { createTestI18n } from '../../testing/test-i18n';
import { builtSampleModuleTexts } from '../../testing/built-texts';
import { createContentActors } from '../content-loaders';
import type { ContentSource } from '../content-source';
import { createModuleStore } from '../module-store';
import { QuestionNamespaces } from '../question-namespaces';

afterEach(() => {
  vi.restoreAllMocks();
});

const setUp = (source: ContentSource) => {
  const { i18n } = createTestI18n();
  const questionNamespaces = new QuestionNamespaces();
  const actors = createContentActors({ source, store: createModuleStore(source), i18n, languages: () => ['en-GB'], questionNamespaces });
  return { actors, i18n, questionNamespaces };
};

const texts = { 'en-GB': () => Promise.resolve(builtSampleModuleTexts()) };

describe('content loading', () => {
  it('loads a module with its texts, so its screens have text before they render', async () => {
    const { actors, i18n } = setUp({ moduleLoaders: { sample: () => Promise.resolve(buildModule()) }, moduleLocaleLoaders: { sample: texts } });
    const module = await toPromise(createActor(actors.loadModule, { input: { moduleId: 'sample' } }).start());
    expect(module.id).toBe('sample');
    expect(i18n.getResource('en-GB', 'module/sample', 'intro.title')).toBe('Spotting contact risk');
  });

  it('rejects a module that was not built into the course, saying which', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { actors } = setUp({ moduleLoaders: {}, moduleLocaleLoaders: {} });
    const loading = toPromise(createActor(actors.loadModule, { input: { moduleId: 'conduct' } }).start());
    await expect(loading).rejects.toThrow('Module "conduct" is listed in the course but was not built into it (modules/conduct/module.yaml)');
  });

  it('rejects a module with no texts in the course languages', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { actors } = setUp({ moduleLoaders: { sample: () => Promise.resolve(buildModule()) }, moduleLocaleLoaders: { sample: {} } });
    const loading = toPromise(createActor(actors.loadModule, { input: { moduleId: 'sample' } }).start());
    await expect(loading).rejects.toThrow('Module "sample" has no texts in en-GB');
  });

  it('pools question banks and remembers which module each question’s text is in', async () => {
    const second = buildModule({ id: 'second', questions: [{ id: 'q-other', type: 'true-false', answer: true }], steps: [{ id: 'only', type: 'lesson' }], scenarios: [] });
    const { actors, questionNamespaces } = setUp({
      moduleLoaders: { sample: () => Promise.resolve(buildModule()), second: () => Promise.resolve(second) },
      moduleLocaleLoaders: { sample: texts, second: { 'en-GB': () => Promise.resolve({}) } },
    });
    const pool = await toPromise(createActor(actors.loadQuestionBank, { input: { moduleIds: ['sample', 'second'] } }).start());
    expect(pool.map((m) => m.moduleId)).toEqual(['sample', 'second']);
    const bank = bankQuestions(pool);
    expect(bank.map((q) => q.id)).toEqual(['q-law', 'q-true', 'q-order', 'q-match', 'q-many', 'q-other']);
    expect(questionNamespaces.namespaceOf(bank[5]!)).toBe('module/second');
    expect(questionNamespaces.namespaceOf(bank[0]!)).toBe('module/sample');
  });
});
