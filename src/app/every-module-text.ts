import type { i18n } from 'i18next';
import { moduleNamespace } from '../course/text-keys';
import { addContentBundle, type ContentBundle } from '../lib/i18n/content-bundle';
import type { ContentSource } from './content-source';

export interface EveryModuleTextOptions {
  moduleIds: readonly string[];
  source: Pick<ContentSource, 'moduleLocaleLoaders'>;
  i18n: i18n;
  /** Languages to load, most preferred first, the course's source language last (as content-loaders.ts). */
  languages: () => readonly string[];
}

/**
 * Loads the texts of every module of the course (the completion screen's key points from
 * every module). Each locale file is a chunk the browser keeps, so modules the learner has
 * opened cost nothing again; a language a module lacks is skipped, the source language covers it.
 */
export function everyModuleTextLoader({ moduleIds, source, i18n, languages }: EveryModuleTextOptions): () => Promise<void> {
  return async () => {
    const wanted = languages();
    await Promise.all(
      moduleIds.flatMap((moduleId) =>
        wanted.map(async (language) => {
          const load = source.moduleLocaleLoaders[moduleId]?.[language];
          if (!load) return;
          addContentBundle(i18n, moduleNamespace(moduleId), language, (await load()) as ContentBundle);
        }),
      ),
    );
  };
}
