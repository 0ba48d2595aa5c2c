import { useSelector } from '../../lib/state/use-selector';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { moduleNamespace } from '../../course/text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { useMarkedContentText } from '../../lib/i18n/use-marked-content-text';
import { useContentMarkdown, type ContentMarkdown } from '../../lib/markdown/use-content-markdown';

/** Text of the module a module actor is running. */
export function useModuleText(moduleRef: ModuleActorRef): MarkedContentText {
  const moduleId = useSelector(moduleRef, (s) => s.context.module.id);
  return useMarkedContentText(moduleNamespace(moduleId));
}

/** Markdown texts (compiled at build time) of the module a module actor is running. */
export function useModuleMarkdown(moduleRef: ModuleActorRef): ContentMarkdown {
  const moduleId = useSelector(moduleRef, (s) => s.context.module.id);
  return useContentMarkdown(moduleNamespace(moduleId));
}
