import { moduleText } from '../../src/course/module-text-keys';
import type { CourseContent } from './course-content';
import type { ModuleContentHit } from './page-result';

/**
 * Recognises a module's content in what the browser downloaded. A module's locale file
 * and its module.yaml each become a JS chunk (or a fetched file) whose name the bench
 * cannot rely on, so the check looks inside the response bodies instead: for the
 * module's own headings (its text) and for all of its step ids together (its structure).
 */

export interface ModuleFingerprint {
  moduleId: string;
  /** Headings from the module's locale file. */
  texts: string[];
  /** Every step id in module.yaml: all of them in one file means the module's structure is in it. */
  stepIds: string[];
}

/** Shorter texts could turn up by chance (e.g. "Summary"). */
const MIN_LENGTH = 12;

/**
 * The module's intro, step and scenario titles, minus any text the course file also
 * has, whole or inside a longer text: the menu may show the same words without loading
 * the module (a card's summary lists a module's topics in its headings' words).
 */
export function moduleFingerprints(content: CourseContent): ModuleFingerprint[] {
  const inCourseTexts = (text: string) => content.courseTexts.some((courseText) => courseText.includes(text));
  return content.modules.map(({ module, text }) => {
    const titles = [
      text(moduleText.introTitle),
      ...module.steps.filter((step) => step.type !== 'scenario').map((step) => text(moduleText.stepTitle(step.id))),
      ...module.scenarios.map((scenario) => text(moduleText.scenarioTitle(scenario.id))),
    ];
    return {
      moduleId: module.id,
      texts: [...new Set(titles)].filter((t) => t.length >= MIN_LENGTH && !inCourseTexts(t)),
      stepIds: module.steps.map((step) => step.id),
    };
  });
}

/** How a text may appear inside a JS or JSON file: as is, JSON-escaped, or with non-ASCII as \u escapes. */
export function encodedForms(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  const ascii = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([text, json, ascii])];
}

/** An id as a string literal in built JS or JSON, with any of the three quote marks. */
const quotedForms = (id: string): string[] => [`"${id}"`, `'${id}'`, `\`${id}\``];

/** For each module, the first downloaded response with its text, and the first with its structure. */
export function findModuleContent(
  fingerprints: readonly ModuleFingerprint[],
  bodies: readonly { url: string; text: string }[],
): ModuleContentHit[] {
  const hits: ModuleContentHit[] = [];
  for (const { moduleId, texts, stepIds } of fingerprints) {
    textSearch: for (const body of bodies) {
      for (const text of texts) {
        if (encodedForms(text).some((form) => body.text.includes(form))) {
          hits.push({ moduleId, kind: 'text', url: body.url, found: text });
          break textSearch;
        }
      }
    }
    const structure = bodies.find(
      (body) => stepIds.length > 0 && stepIds.every((id) => quotedForms(id).some((form) => body.text.includes(form))),
    );
    if (structure) hits.push({ moduleId, kind: 'structure', url: structure.url, found: `all ${stepIds.length} step ids (${stepIds.join(', ')})` });
  }
  return hits;
}
