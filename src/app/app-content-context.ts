import { createContext, use } from 'react';
import type { CourseReferences } from '../course/references';
import type { Question } from '../course/schema/module-schema';
import type { ResolveMedia } from '../features/module-player/lesson-screen';
import type { ModuleFacts } from '../course/module-facts';

/** Lookups into the built content that screens need besides the machines' state. */
export interface AppContent {
  resolveMedia: ResolveMedia;
  /** Namespace holding a final-assessment question's texts. */
  questionNamespace: (question: Question) => string;
  /** Each module's estimated minutes and steps, for the menu's cards (worked out at build time). */
  moduleFacts?: Record<string, ModuleFacts>;
  /** The course's sources for the References screen: a chunk of its own, downloaded when it opens. */
  loadReferences: () => Promise<CourseReferences>;
  /** Loads every module's texts, for the completion screen's key points from every module (every-module-text.ts). */
  loadEveryModuleText?: () => Promise<void>;
}

export const AppContentContext = createContext<AppContent | null>(null);

export function useAppContent(): AppContent {
  const content = use(AppContentContext);
  if (!content) throw new Error('useAppContent needs <AppContentContext value={…}> above it (see app.tsx).');
  return content;
}
