import { useSelector } from '@xstate/react';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { moduleNamespace } from '../../course/text-keys';
import { useContentText, type ContentText } from '../../lib/i18n/use-content-text';

/** Text of the module a module actor is running. */
export function useModuleText(moduleRef: ModuleActorRef): ContentText {
  const moduleId = useSelector(moduleRef, (s) => s.context.module.id);
  return useContentText(moduleNamespace(moduleId));
}
