import { createContext, use } from 'react';

/** The languages the course ships and how to switch between them (src/app/main.tsx provides it). */
export interface LanguageChoice {
  /** Every language this build carries, the source language first. */
  languages: readonly string[];
  /**
   * Loads the language's texts, then shows the course in it and saves the choice. Rejects
   * (changing nothing) when the texts cannot be downloaded.
   */
  choose(language: string): Promise<void>;
}

export const LanguageContext = createContext<LanguageChoice | null>(null);

/** The course's languages; null where no provider is given (a test, or a one-language course). */
export const useLanguageChoice = (): LanguageChoice | null => use(LanguageContext);
