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
  /** Each module's estimated minutes and cover, for the menu's cards (worked out at build time). */
  moduleFacts?: Record<string, ModuleFacts>;
  /**
   * A module's step ids, if its structure is loaded: it is for every module the learner has
   * progress in (saved progress loads them before it is read, the course machine when it opens
   * one), so the menu shows how far through a started module the learner is without carrying
   * every module's structure on the first screen.
   */
  moduleSteps?: (moduleId: string) => readonly string[] | undefined;
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
