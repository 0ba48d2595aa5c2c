import type { Module } from '../../course/schema/module-schema';
import { moduleRequiredTexts } from '../../course/required-texts';
import type { ContentBundle } from '../i18n/content-bundle';
import { compileMarkdown } from './compile-markdown';

/**
 * A module's locale file as the browser receives it: every text the module renders as
 * Markdown (required-texts.ts says which) replaced by its compiled tree, every other text
 * left as a string. The build (scorm/vite-content-plugin.ts) and the tests that render
 * module screens both use this, so they cannot drift apart. Imports marked: never
 * import it from browser code.
 *
 * The input is not changed. Anything that is not a non-empty string where Markdown is
 * expected stays as it is: the content validator reports it, and the player reports a
 * missing text at run time.
 */
export function compileModuleTexts(module: Module, texts: ContentBundle): ContentBundle {
  const compiled = structuredClone(texts);
  for (const { key, markdown } of moduleRequiredTexts(module)) {
    if (!markdown) continue;
    const found = locate(compiled, key.split('.'));
    const source = found?.parent[found.field];
    if (found && typeof source === 'string' && source.trim() !== '') found.parent[found.field] = compileMarkdown(source);
  }
  return compiled;
}

interface Location {
  parent: Record<string, unknown>;
  field: string;
}

/**
 * Where a key's text sits. Locale files may nest keys or write them dotted
 * ("steps.welcome.body: …"), and i18next reads both, so every grouping of the
 * key's segments is tried, nested first.
 */
function locate(node: Record<string, unknown>, segments: readonly string[]): Location | undefined {
  for (let end = 1; end <= segments.length; end++) {
    const field = segments.slice(0, end).join('.');
    if (!Object.hasOwn(node, field)) continue;
    if (end === segments.length) return { parent: node, field };
    const child = node[field];
    const found = isRecord(child) ? locate(child, segments.slice(end)) : undefined;
    if (found) return found;
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
