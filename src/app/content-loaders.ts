import { fromPromise } from 'xstate';
import type { i18n } from 'i18next';
import type { Module } from '../course/schema/module-schema';
import type { QuestionBank } from '../course/assessment-draw';
import { moduleNamespace } from '../course/text-keys';
import { addContentBundle, type ContentBundle } from '../lib/i18n/content-bundle';
import type { ContentSource } from './content-source';
import type { ModuleStore } from './module-store';
import type { QuestionNamespaces } from './question-namespaces';

export interface ContentActorOptions {
  source: ContentSource;
  store: ModuleStore;
  i18n: i18n;
  /**
   * Languages whose texts to load, most preferred first, the course's source language last:
   * asked each time a module loads, since the learner may have switched language since.
   */
  languages: () => readonly string[];
  questionNamespaces: QuestionNamespaces;
}

async function loadModuleTexts({ source, i18n, languages: languagesNow }: ContentActorOptions, moduleId: string): Promise<void> {
  const languages = languagesNow();
  const loaders = source.moduleLocaleLoaders[moduleId] ?? {};
  const available = languages.filter((language) => loaders[language] !== undefined);
  if (available.length === 0) throw new Error(`Module "${moduleId}" has no texts in ${languages.join(' or ')}`);
  await Promise.all(
    available.map(async (language) => {
      const bundle = await loaders[language]?.();
      addContentBundle(i18n, moduleNamespace(moduleId), language, bundle as ContentBundle);
    }),
  );
}

/** A module's structure and texts together, so no screen renders before its text exists. */
async function loadModuleWithTexts(options: ContentActorOptions, moduleId: string): Promise<Module> {
  const structure = options.store.module(moduleId);
  const texts = loadModuleTexts(options, moduleId);
  // Both load at once; a broken structure is reported first, and then the texts' failure is not left unhandled.
  texts.catch(() => undefined);
  try {
    const module = await structure;
    await texts;
    return module;
  } catch (error) {
    // The learner sees a plain message; the details are for whoever supports the course.
    console.error(`Could not load module "${moduleId}":`, error);
    throw error;
  }
}

export type ContentActors = ReturnType<typeof createContentActors>;

/** The course machine's effects (`loadModule`, `loadQuestionBank`), wired to the built content. */
export function createContentActors(options: ContentActorOptions) {
  return {
    loadModule: fromPromise<Module, { moduleId: string }>(({ input }) => loadModuleWithTexts(options, input.moduleId)),
    loadQuestionBank: fromPromise<QuestionBank, { moduleIds: string[] }>(async ({ input }) => {
      const modules = await Promise.all(input.moduleIds.map((id) => loadModuleWithTexts(options, id)));
      for (const module of modules) options.questionNamespaces.register(module.id, module.questions);
      return modules.map((module) => ({ moduleId: module.id, questions: module.questions }));
    }),
  };
}
