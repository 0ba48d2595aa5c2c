import type { Module } from '../course/schema/module-schema';
import type { ContentSource } from './content-source';

/**
 * Module structures (module.yaml), loaded once each. They were validated against the
 * schema when the course was built (the Vite content plugin refuses invalid content),
 * so the browser does not ship zod to check them again.
 */
export interface ModuleStore {
  module(moduleId: string): Promise<Module>;
  modules(moduleIds: readonly string[]): Promise<Record<string, Module>>;
  /** The modules loaded so far, by id (a live view that grows): what saved progress is scored against right now. */
  loaded(): Readonly<Record<string, Module>>;
}

async function loadStructure(source: ContentSource, moduleId: string): Promise<Module> {
  const load = source.moduleLoaders[moduleId];
  if (!load) throw new Error(`Module "${moduleId}" is listed in the course but was not built into it (modules/${moduleId}/module.yaml)`);
  return load();
}

export function createModuleStore(source: ContentSource): ModuleStore {
  const cache = new Map<string, Promise<Module>>();
  const loaded: Record<string, Module> = {};
  const module = (moduleId: string): Promise<Module> => {
    let pending = cache.get(moduleId);
    if (!pending) {
      pending = loadStructure(source, moduleId).then(
        // Recorded before anyone awaiting the load resumes, so tracking already knows a module the course has just opened.
        (loadedModule) => (loaded[moduleId] = loadedModule),
        (error: unknown) => {
          // A failed load may succeed later (a flaky connection to the LMS): do not keep the failure.
          cache.delete(moduleId);
          throw error;
        },
      );
      cache.set(moduleId, pending);
    }
    return pending;
  };
  return {
    module,
    modules: async (moduleIds) => Object.fromEntries(await Promise.all(moduleIds.map(async (id) => [id, await module(id)] as const))),
    loaded: () => loaded,
  };
}
