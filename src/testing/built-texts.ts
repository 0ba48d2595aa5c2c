import type { Module } from '../course/schema/module-schema';
import type { ContentBundle } from '../lib/i18n/content-bundle';
import { compileModuleTexts } from '../lib/markdown/compile-module-texts';
import { buildModule } from './builders';
import { sampleModuleTexts, sampleSecondModuleTexts } from './sample-texts';

/**
 * A module's texts as the build ships them: its Markdown texts compiled by the very
 * function the Vite plugin uses. Screens read Markdown texts only in that form, so a
 * test that renders module screens adds its texts through this.
 */
export function builtModuleTexts(module: Module, texts: ContentBundle): ContentBundle {
  return compileModuleTexts(module, texts);
}

/** sampleModuleTexts as built for `module` (by default buildModule(); pass the one the test uses). */
export const builtSampleModuleTexts = (module: Module = buildModule()): ContentBundle => builtModuleTexts(module, sampleModuleTexts);

/** sampleSecondModuleTexts as built for the second sample module. */
export const builtSecondModuleTexts = (module: Module): ContentBundle => builtModuleTexts(module, sampleSecondModuleTexts);
