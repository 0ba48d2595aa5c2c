/**
 * The screens the bench measures. Ids appear in bench/budget.json, in the printed JSON
 * lines and in bench/results.json, so they are stable names, not labels.
 */
export const PAGE_IDS = ['standalone-first-screen', 'standalone-lesson', 'standalone-scenario', 'scorm12-first-screen'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const PAGE_DESCRIPTIONS: Readonly<Record<PageId, string>> = {
  'standalone-first-screen': 'standalone build, first screen (cold load)',
  'standalone-lesson': 'standalone build, opening a module and reaching its first lesson',
  'standalone-scenario': 'standalone build, moving on to the first scenario and its first decision',
  'scorm12-first-screen': 'SCORM 1.2 package, first screen inside the preview LMS page (cold load)',
};
