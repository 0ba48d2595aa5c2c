import { loadContent } from '../../../scorm/content/load-content';

/** The real content in modules/, loaded once for all path tests; a test fails loudly if it is invalid. */
export const realContent = loadContent('modules');

export const allModules = Object.values(realContent.modules);
export const allCourses = Object.values(realContent.courses);
export const allScenarios = allModules.flatMap((module) => module.scenarios.map((scenario) => ({ module, scenario })));
