/**
 * Text keys are derived from ids by convention, never written in structure files.
 * The convention has three files, split by who needs them: the build puts every module
 * the first screen imports statically into the first-screen chunk, with everything any
 * chunk uses from it, so keys only later screens use would cost every learner's first
 * screen (docs/performance.md):
 * - this file: the namespaces and the course's and partnership's own keys, which the
 *   first screen (course menu, help, partnership) renders;
 * - module-text-keys.ts: the keys inside a module's namespace (lessons, scenarios,
 *   questions), which only the lazily loaded screens render;
 * - required-texts.ts: every key a module, course or partnership must have, which the
 *   build's content validation checks every locale against.
 * The player asks the first two for the key to render; the validator asks the third.
 * Keep module-level keys out of this file: it is in the first-screen chunk.
 */

export const moduleNamespace = (moduleId: string): string => `module/${moduleId}`;
export const courseNamespace = (courseId: string): string => `course/${courseId}`;
export const partnershipNamespace = 'partnership';

export const courseText = {
  title: 'title',
  description: 'description',
  moduleTitle: (moduleId: string) => `modules.${moduleId}.title`,
  moduleSummary: (moduleId: string) => `modules.${moduleId}.summary`,
  assessmentIntro: 'assessment.intro',
} as const;

export const partnershipText = {
  name: 'name',
  frontDoorName: 'frontDoor.name',
  frontDoorDescription: 'frontDoor.description',
  logoAlt: 'logoAlt',
} as const;
