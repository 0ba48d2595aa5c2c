import type { Module } from '../schema/module-schema';
import { moduleText } from '../module-text-keys';
import { isMapping } from './locale-entries';
import { countWords } from './plain-text';

/**
 * The texts of a module grouped by the screen that shows them, so that screen length and
 * readability are measured on what a learner reads at once. Texts are found by key prefix,
 * so a text added under a step (a lesson block's texts, a scene's messages) counts without
 * a change here.
 */

export type ScreenKind = 'intro' | 'warning' | 'lesson' | 'scenario-intro' | 'scenario-node' | 'feedback' | 'question' | 'summary';

export interface ScreenText {
  key: string;
  text: string;
}

export interface ModuleScreen {
  kind: ScreenKind;
  /** Readable name: `lesson what-is-contact`, `scenario care-boyfriend › first-message`. */
  name: string;
  /** The key that names the screen in the locale file (`steps.what-is-contact`). */
  key: string;
  texts: ScreenText[];
  words: number;
}

/** A locale resource as key → text, nested keys joined with ".". Non-text leaves are skipped. */
export function flattenTexts(resource: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (value: unknown, path: string[]): void => {
    if (isMapping(value)) for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    else if (typeof value === 'string') texts.set(path.join('.'), value);
  };
  walk(resource, []);
  return texts;
}

function screen(kind: ScreenKind, name: string, key: string, texts: ScreenText[]): ModuleScreen {
  return { kind, name, key, texts, words: texts.reduce((n, t) => n + countWords(t.text), 0) };
}

/** Every screen of a module, in the order a learner meets them (scenario screens by node order). */
export function moduleScreens(module: Module, resource: unknown): ModuleScreen[] {
  const all = flattenTexts(resource);
  const pick = (keys: readonly string[]): ScreenText[] =>
    keys.flatMap((key) => (all.has(key) ? [{ key, text: all.get(key) ?? '' }] : []));
  const under = (prefix: string, exclude: (key: string) => boolean = () => false): ScreenText[] =>
    [...all].filter(([key]) => key.startsWith(prefix) && !exclude(key)).map(([key, text]) => ({ key, text }));

  const screens: ModuleScreen[] = [
    screen('intro', 'intro', 'intro', pick([moduleText.introTitle, moduleText.introBody, ...module.objectives.map(moduleText.objective)])),
  ];
  if (module.contentWarning) screens.push(screen('warning', 'content warning', moduleText.contentWarning, pick([moduleText.contentWarning])));
  for (const step of module.steps) {
    if (step.type === 'lesson') screens.push(screen('lesson', `lesson ${step.id}`, `steps.${step.id}`, under(`steps.${step.id}.`)));
    if (step.type === 'knowledge-check') {
      for (const id of step.questions) screens.push(screen('question', `question ${id}`, `questions.${id}`, under(`questions.${id}.`)));
    }
    if (step.type !== 'scenario') continue;
    const scenario = module.scenarios.find((s) => s.id === step.scenario);
    if (!scenario) continue;
    const s = scenario.id;
    screens.push(
      screen('scenario-intro', `scenario ${s}`, `scenarios.${s}`, pick([moduleText.scenarioTitle(s), moduleText.scenarioIntro(s), moduleText.scenarioContentWarning(s)])),
    );
    for (const node of scenario.nodes) {
      const prefix = `scenarios.${s}.nodes.${node.id}.`;
      screens.push(screen('scenario-node', `scenario ${s} › ${node.id}`, prefix.slice(0, -1), under(prefix, (key) => key.endsWith('.feedback'))));
      for (const choice of node.choices) {
        const label = moduleText.choiceLabel(s, node.id, choice.id);
        const feedback = moduleText.choiceFeedback(s, node.id, choice.id);
        screens.push(screen('feedback', `scenario ${s} › ${node.id} › ${choice.id} (feedback)`, feedback, pick([label, feedback])));
      }
    }
  }
  // Questions that only the final assessment asks are screens too.
  const asked = new Set(module.steps.flatMap((step) => (step.type === 'knowledge-check' ? step.questions : [])));
  for (const question of module.questions) {
    if (!asked.has(question.id)) screens.push(screen('question', `question ${question.id}`, `questions.${question.id}`, under(`questions.${question.id}.`)));
  }
  screens.push(screen('summary', 'summary', moduleText.summaryBody, pick([moduleText.summaryBody])));
  return screens;
}
